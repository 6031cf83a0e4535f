import type { Page } from 'playwright-core';

/** Loads a page with a layout-shift observer installed before any of its scripts, waits for hydration, for
 * the language to apply and for `settled` (a selector of what arrives last, if anything), and returns the
 * cumulative layout shift seen. */
export async function layoutShiftOf(
  page: Page,
  url: string,
  settled?: string,
): Promise<{ cls: number; englishApplied: boolean }> {
  await page.addInitScript(() => {
    const store = window as unknown as { __cls: number };
    store.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >) {
        if (!entry.hadRecentInput) store.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  const englishApplied = await page
    .waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 5000 })
    .then(
      () => true,
      () => false,
    );
  if (settled) await page.locator(settled).first().waitFor();
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  return { cls, englishApplied };
}
