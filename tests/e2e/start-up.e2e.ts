// A reader who taps English while the app is still starting: the tap must not be lost. Once while the views'
// scripts are held back (the app's script has run, hydration has not begun), once on a CPU slowed 6× as a cheap
// phone's, tapping as soon as the page's scripts have run (the tap lands while the app hydrates).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, slowCpu, useChromium } from './browser.ts';

const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';

async function expectEnglish(page: Page, url: string) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await expect.poll(() => page.url()).toBe(url);
  await page
    .getByRole('heading', { level: 1, name: 'North Korea hosts Russian military delegation' })
    .waitFor();
  await expect(page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe(
    'true',
  );
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
}

describe('tapping English during start-up', () => {
  const site = inject('siteUrl');
  const browser = useChromium();

  it('switches the page when the tap comes before hydration has begun', async () => {
    const { page, errors } = await openPage(browser());
    const html = await (await fetch(`${site}${ARTICLE}`)).text();
    const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
    expect(entry, 'the page names its entry script').toBeTruthy();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldBack = 0;
    // Every script but the entry waits: the views the page needs cannot arrive, so hydration cannot begin.
    await page.route(/\/assets\/.+\.js$/, async (route) => {
      if (
        !route
          .request()
          .url()
          .endsWith(entry ?? '')
      ) {
        heldBack++;
        await held;
      }
      await route.continue();
    });
    await page.goto(`${site}${ARTICLE}`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'English' }).click();
    expect(heldBack, 'the views were still on their way when the reader tapped').toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
    release();
    await expectEnglish(page, `${site}${ARTICLE}?lang=en`);
    expect(errors).toEqual([]);
  });

  it('switches the page when the tap comes at once on a slow CPU', async () => {
    const { page, errors } = await openPage(browser());
    await slowCpu(page, 6);
    await page.goto(`${site}${ARTICLE}`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'English' }).click();
    await expectEnglish(page, `${site}${ARTICLE}?lang=en`);
    expect(errors).toEqual([]);
  });
});
