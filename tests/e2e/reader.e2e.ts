// A new reader's path through the site, in Chromium: list, language, article, related post, back, reload,
// unknown path; axe on every page; no console errors.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, gotoHydrated, openPage, useChromium } from './browser.ts';

const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';
const PUTIN = '/habari/putin-asaini-mkataba-wa-kituo-cha-mwezi-na-china';
const screenshots = path.resolve(import.meta.dirname, '../../test-results/screenshots');

describe('a reader in Chromium', () => {
  const site = inject('siteUrl');
  const browser = useChromium();
  beforeAll(() => mkdirSync(screenshots, { recursive: true }));

  it('reads the list, switches language, opens an article and a related post, goes back, reloads', async () => {
    const { page, errors, requests } = await openPage(browser());

    await gotoHydrated(page, `${site}/`);
    expect(
      requests.filter((url) => url.includes('/data/')),
      'prerendered data is not fetched again',
    ).toEqual([]);
    // The list's heading holds both languages in one cell (decision 001): the reader sees and hears one.
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Vichwa vya habari');
    await page.getByRole('heading', { level: 1, name: 'Vichwa vya habari', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'home-sw.png'), fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.url()).toBe(`${site}/?lang=en`);
    // The address changes before the page is drawn in English: wait for an English headline, then read.
    await page.getByRole('link', { name: 'North Korea hosts Russian military delegation' }).waitFor();
    await expect(page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Headlines');
    await page.getByRole('heading', { level: 1, name: 'Headlines', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'home-en.png'), fullPage: true });

    await page.getByRole('button', { name: 'Kiswahili' }).click();
    await expect.poll(() => page.url()).toBe(`${site}/`);
    await page
      .getByRole('link', { name: 'Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi' })
      .click();

    await expect.poll(() => page.url()).toBe(`${site}${ARTICLE}`);
    // The URL changes before the article is drawn: wait for its heading, not read whatever heading is there.
    await page
      .getByRole('heading', { level: 1, name: /Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi/ })
      .waitFor();
    const h1 = page.getByRole('heading', { level: 1 });
    expect(await page.locator('.article__body p').count()).toBe(6);
    await expect
      .poll(() => page.title())
      .toBe('Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi: Habari');
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByRole('complementary', { name: 'Habari maarufu' })
      .getByRole('link', { name: /Putin asaini/ })
      .click();
    await expect.poll(() => page.url()).toBe(`${site}${PUTIN}`);
    await page.getByText('Maandishi kamili ya habari hii hayamo katika mkusanyiko huu.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${site}${ARTICLE}`);
    await page.getByRole('heading', { level: 1, name: /Korea Kaskazini/ }).waitFor();
    expect(await h1.count()).toBe(1);

    await gotoHydrated(page, `${site}${PUTIN}?lang=en`);
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: /Putin signs Moon station agreement with China/ })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: path.join(screenshots, 'headline-only-en.png'), fullPage: true });

    expect(errors).toEqual([]);
  });

  it('keeps the chosen language across a reload of a deep link', async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 375, height: 800 } });
    await gotoHydrated(page, `${site}${ARTICLE}`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.url()).toBe(`${site}${ARTICLE}?lang=en`);
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'North Korea hosts Russian military delegation' })
      .waitFor();
    expect(page.url()).toBe(`${site}${ARTICLE}?lang=en`);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'article-en-narrow.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('answers an unknown path with the not-found page and status 404', async () => {
    const { page, errors } = await openPage(browser());
    const response = await gotoHydrated(page, `${site}/hakuna/ukurasa-huu`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Ukurasa haupatikani' }).waitFor();
    await expect(page.getByText('Page not found').getAttribute('lang')).resolves.toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Nenda ukurasa wa mwanzo' }).click();
    await page.getByRole('heading', { level: 1, name: /Vichwa vya habari/ }).waitFor();
    // The one error Chromium logs here is the 404 status of the page itself, which is the point of the test.
    expect(errors.filter((error) => !error.includes('404 (Not Found)'))).toEqual([]);
  });

  it('shows the not-found page for an unknown slug reached inside the app', async () => {
    const { page, errors } = await openPage(browser());
    const response = await page.goto(`${site}/habari/hakuna-habari-kama-hii`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Ukurasa haupatikani' }).waitFor();
    expect(errors.filter((error) => !error.includes('404 (Not Found)'))).toEqual([]);
  });
});
