// News in time, in Chromium, on the fixture site (60 articles dated twelve a day from 2026-11-24, and undated
// ones after them): every article's date in both languages, the same before and after hydration; the days and
// months of the archive; what search engines are told; and search results by newest.
import { describe, expect, inject, it } from 'vitest';
import type { DayPageJson } from '../../src/content/site-json.ts';
import { axeViolations, gotoHydrated, openPage, useChromium } from './browser.ts';
import { layoutShiftOf } from './layout-shift.ts';

describe('news in time', () => {
  const site = inject('fixtureSiteUrl');
  const browser = useChromium();

  const dayData = async (day: string) =>
    (await (await fetch(`${site}/data/tarehe/${day}.json`)).json()) as DayPageJson;

  it('shows an article’s date and time under its headline, in each language, leading to its day', async () => {
    const { page, errors } = await openPage(browser());
    const [newest] = (await dayData('2026-11-27')).posts;
    await gotoHydrated(page, `${site}/habari/${newest?.slug}`);
    const date = page.locator('.article .post-meta [lang="sw"] time');
    await expect(date.innerText()).resolves.toBe('Ijumaa, 27 Novemba 2026, saa 12:00 jioni');
    await expect(date.getAttribute('datetime')).resolves.toBe('2026-11-27T18:00+03:00');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.locator('.article .post-meta [lang="en"] time');
    await expect(english.innerText()).resolves.toBe('Friday, 27 November 2026, 6:00 pm');
    await page.getByRole('link', { name: /^Friday, 27 November 2026, 6:00 pm/ }).click();
    await expect.poll(() => page.url()).toBe(`${site}/tarehe/2026-11-27?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'News of Friday, 27 November 2026' }).waitFor();
    expect(errors).toEqual([]);
  });

  it.each([['/'], ['/tarehe/2026-11-27'], ['/tarehe/2026-11'], ['/tafuta?q=mibomomba']])(
    'reads %s the same prerendered and hydrated, in both languages (no hydration mismatch)',
    async (path) => {
      const { page, errors } = await openPage(browser());
      const prerendered = await (await fetch(`${site}${path}`)).text();
      for (const lang of ['sw', 'en']) {
        await gotoHydrated(page, `${site}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        await page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
        if (path.startsWith('/tafuta'))
          await page.locator('.headline-item time').first().waitFor({ state: 'attached' });
        const dates = await page.evaluate(
          (html) => {
            const texts = (root: ParentNode) =>
              [...root.querySelectorAll('time')].map((time) => time.textContent);
            return {
              before: texts(new DOMParser().parseFromString(html, 'text/html')),
              after: texts(document),
            };
          },
          path.startsWith('/tafuta') ? '' : prerendered,
        );
        // Search results are made in the browser: their dates are checked for a time, not against the page.
        if (path.startsWith('/tafuta')) expect(dates.after.length).toBeGreaterThan(0);
        else expect(dates.after).toEqual(dates.before);
        expect(dates.after.length).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
    },
  );

  it('gives each day a page: its articles newest first, the days either side, its month; axe-clean in both languages', async () => {
    const { page, errors } = await openPage(browser());
    await gotoHydrated(page, `${site}/tarehe/2026-11-27`);
    await page.getByRole('heading', { level: 1, name: 'Habari za Ijumaa, 27 Novemba 2026' }).waitFor();
    const times = await page.locator('.headline-item .post-meta [lang="sw"] time').allInnerTexts();
    expect(times).toHaveLength(12);
    expect(times[0]).toBe('saa 12:00 jioni');
    expect(times.at(-1)).toBe('saa 1:00 asubuhi');
    const other = page.getByRole('navigation', { name: 'Siku nyingine zenye habari' });
    await expect(other.getByRole('link').nth(0).getAttribute('href')).resolves.toBe('/tarehe/2026-11-26');
    await expect(other.getByRole('link').nth(1).getAttribute('href')).resolves.toBe('/tarehe/2026-11-28');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'News of Friday, 27 November 2026' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'All of November 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'News of November 2026' }).waitFor();
    const days = page.locator('.archive-days li');
    expect(await days.count()).toBe(5);
    await expect(days.nth(0).innerText()).resolves.toMatch(/Tuesday, 24 November 2026\s+12 articles/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // An address that is no day, or a day without articles, is not found.
    for (const path of [
      '/tarehe/2026-11-29',
      '/tarehe/2026-13-01',
      '/tarehe/2026-11-27/1',
      '/tarehe/kesho',
    ]) {
      const response = await page.goto(`${site}${path}`);
      expect(response?.status(), path).toBe(404);
    }
  });

  it.each([['/?lang=en'], ['/tarehe/2026-11-27?lang=en'], ['/tarehe/2026-11?lang=en']])(
    'does not move %s when English is applied after hydration (CLS 0), narrow and wide',
    async (path) => {
      for (const width of [375, 1280]) {
        const { page, errors } = await openPage(browser(), { viewport: { width, height: 800 } });
        const shift = await layoutShiftOf(page, `${site}${path}`);
        expect(shift.englishApplied).toBe(true);
        expect(shift.cls).toBe(0);
        expect(errors).toEqual([]);
      }
    },
  );

  it('tells search engines the article is news: NewsArticle data and its published time, within the CSP', async () => {
    const { page, errors } = await openPage(browser());
    const [newest] = (await dayData('2026-11-28')).posts;
    await gotoHydrated(page, `${site}/habari/${newest?.slug}`);
    const data = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
    ) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: newest?.headline.sw,
      datePublished: '2026-11-28T18:00+03:00',
      inLanguage: 'sw',
    });
    await expect(
      page.locator('meta[property="article:published_time"]').getAttribute('content'),
    ).resolves.toBe('2026-11-28T18:00+03:00');
    // A CSP violation would be a console error (browser.ts).
    expect(errors).toEqual([]);
  });

  it('orders search results by newest as well as by best match, in the URL', async () => {
    const { page, errors } = await openPage(browser());
    await gotoHydrated(page, `${site}/tafuta?q=mibomomba`);
    await page.locator('.search-page__count').waitFor();
    const order = page.getByRole('navigation', { name: 'Panga matokeo' });
    await expect(
      order.getByRole('link', { name: 'Yanayolingana zaidi' }).getAttribute('aria-current'),
    ).resolves.toBe('true');
    await order.getByRole('link', { name: 'Mapya zaidi' }).click();
    await expect.poll(() => page.url()).toBe(`${site}/tafuta?q=mibomomba&sort=new`);
    // Wait for the new order's results, not for a date: the best-match results carry dates too, and stay
    // on screen a moment after the click before the newest-first ones load in their place.
    const dateSelector = '.headline-item .post-meta [lang="sw"] time';
    await page.waitForFunction(
      (selector) =>
        document
          .querySelector('.search-order [aria-current="true"]')
          ?.getAttribute('href')
          ?.includes('sort=new') &&
        document.querySelector('.search-page .loading') === null &&
        document.querySelectorAll(selector).length > 1,
      dateSelector,
    );
    const dates = await page
      .locator(dateSelector)
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await expect(
      page
        .getByRole('navigation', { name: 'Panga matokeo' })
        .getByRole('link', { name: 'Mapya zaidi' })
        .getAttribute('aria-current'),
    ).resolves.toBe('true');
    expect(errors).toEqual([]);
  });
});
