import type { Page } from 'playwright-core';

export interface LayoutShift {
  cls: number;
  englishApplied: boolean;
  /** Each shift seen: its score and what moved, from where to where (`DIV.share 321,491 38x44 -> 260,491 …`). */
  shifts: string[];
}

/** Loads a page with a layout-shift observer installed before any of its scripts, waits for hydration, for
 * English to apply if the URL asks for it, and for `settled` (a selector of what arrives last, if anything),
 * and returns the cumulative layout shift seen and what moved. */
export async function layoutShiftOf(page: Page, url: string, settled?: string): Promise<LayoutShift> {
  await page.addInitScript(() => {
    const store = window as unknown as { __cls: number; __shifts: string[] };
    store.__cls = 0;
    store.__shifts = [];
    type Rect = { x: number; y: number; width: number; height: number };
    const box = (rect: Rect) =>
      `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}x${Math.round(rect.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: Array<{ node?: Node | null; previousRect: Rect; currentRect: Rect }>;
        }
      >) {
        if (entry.hadRecentInput) continue;
        store.__cls += entry.value;
        const moved = (entry.sources ?? []).map((source) => {
          const node =
            source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : 'text';
          return `${node} ${box(source.previousRect)} -> ${box(source.currentRect)}`;
        });
        store.__shifts.push(`${entry.value.toFixed(5)}: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  // A page asked for in English must turn English; one in Swahili has nothing to wait for.
  const englishApplied = /[?&]lang=en\b/.test(url)
    ? await page
        .waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 5000 })
        .then(
          () => true,
          () => false,
        )
    : false;
  if (settled) await page.locator(settled).first().waitFor();
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => {
    const store = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: store.__cls, shifts: store.__shifts };
  });
  return { ...seen, englishApplied };
}
