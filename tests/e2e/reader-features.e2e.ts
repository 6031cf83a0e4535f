// The features readers keep a reader for, in Chromium: search, keyboard, the interface in English, dark
// theme, pages and scroll kept, feeds. axe (WCAG 2.1 AA) in both themes and both languages.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, gotoHydrated, openPage, useChromium } from './browser.ts';

const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';

describe('reader features in Chromium', () => {
  const site = inject('siteUrl');
  const fixtureSite = inject('fixtureSiteUrl');
  const browser = useChromium();

  it('searches from the header box: results best first, matches marked, loaded only when used', async () => {
    const { page, errors, requests } = await openPage(browser());
    await gotoHydrated(page, `${site}/`);
    expect(requests.some((url) => url.includes('/data/search/'))).toBe(false);
    const box = page.getByRole('searchbox', { name: 'Tafuta / Search' });
    await box.fill('kim urusi');
    await box.press('Enter');
    await page.getByText('Tokeo 1 la “kim urusi”').waitFor();
    expect(page.url()).toBe(`${site}/tafuta?q=kim%20urusi`);
    // The manifest and one shard per word (kim, uru), never the whole index.
    const searchFiles = requests.filter((url) => url.includes('/data/search/'));
    expect(searchFiles.map((url) => new URL(url).pathname).sort()).toEqual([
      '/data/search/index.json',
      '/data/search/kim.bin',
      '/data/search/uru.bin',
    ]);
    expect(await page.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Urusi']));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Korea Kaskazini inawakaribisha/ }).click();
    await page.getByRole('heading', { level: 1, name: /Korea Kaskazini/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('opens a shared search link directly, in English', async () => {
    const { page, errors } = await openPage(browser());
    await gotoHydrated(page, `${site}/tafuta?q=delegation&lang=en`);
    await page.getByText('1 result for “delegation”').waitFor();
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('delegation');
    expect(errors).toEqual([]);
  });

  it('works from the keyboard: / to search, j and k through headlines, Enter to open, ? for help', async () => {
    const { page, errors } = await openPage(browser());
    await gotoHydrated(page, `${fixtureSite}/`);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('jk');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('jk');
    await page.getByRole('searchbox').fill('');
    await page.locator('h1').click();
    // The newest headline is the first: j, j, k lands on it again.
    const newest = page.getByRole('region', { name: 'Vichwa vya habari' }).getByRole('link').first();
    const newestHref = await newest.getAttribute('href');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => newest.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${fixtureSite}${newestHref}`);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Njia za mkato za kibodi' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('speaks English throughout when English is chosen, and <html lang> follows', async () => {
    const { page, errors } = await openPage(browser());
    await gotoHydrated(page, `${site}${ARTICLE}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Search', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('link', { name: 'Back to the headlines' }).waitFor();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).waitFor();
    await page.getByText('1 min read').waitFor();
    await expect.poll(() => page.title()).toBe('North Korea hosts Russian military delegation: Habari');
    expect(errors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['sw', 'en'] as const) {
      it(`passes axe in the ${scheme} theme, ${lang === 'sw' ? 'Swahili' : 'English'}, on / and an article`, async () => {
        const { page, errors } = await openPage(browser(), { colorScheme: scheme });
        for (const path of ['/', ARTICLE, '/tafuta?q=korea']) {
          await gotoHydrated(page, `${site}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
          await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          expect(background).toBe(scheme === 'dark' ? 'rgb(21, 20, 19)' : 'rgb(255, 255, 255)');
          expect(await axeViolations(page), `${path} ${scheme} ${lang}`).toEqual([]);
        }
        expect(errors).toEqual([]);
      });
    }
  }

  it('keeps a chosen dark theme and text size across a reload', async () => {
    const { page, errors } = await openPage(browser(), { colorScheme: 'light' });
    await gotoHydrated(page, `${site}/`);
    await page.getByRole('button', { name: 'Mipangilio ya kusoma' }).click();
    await page.getByRole('button', { name: 'Mandhari ya giza' }).click();
    await page.getByRole('button', { name: 'Maandishi makubwa' }).click();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('comes back from an article to the same page of the list, scrolled where it was', async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 375, height: 700 } });
    await gotoHydrated(page, `${fixtureSite}/ukurasa/2`);
    const link = page.getByRole('region').getByRole('link').nth(8);
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(300);
    await link.click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50);
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${fixtureSite}/ukurasa/2`);
    await expect.poll(() => page.evaluate(() => Math.abs(window.scrollY - 0))).toBeGreaterThan(300);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(5);
    expect(errors).toEqual([]);
  });

  it('publishes an RSS feed, a sitemap and robots.txt that parse', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${site}/`);
    const parsed = await page.evaluate(async () => {
      const parse = async (url: string) => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return { error: doc.getElementsByTagName('parsererror').length, doc };
      };
      const feed = await parse('/feed.xml');
      const sitemap = await parse('/sitemap.xml');
      // The sitemap is an index of sitemap files.
      const files = await Promise.all(
        [...sitemap.doc.getElementsByTagName('loc')].map((loc) =>
          parse(new URL(loc.textContent ?? '').pathname),
        ),
      );
      return {
        feedErrors: feed.error,
        items: [...feed.doc.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')?.textContent,
          link: item.querySelector('link')?.textContent,
          description: item.querySelector('description')?.textContent,
        })),
        sitemapErrors: sitemap.error + files.reduce((sum, file) => sum + file.error, 0),
        urls: files.flatMap((file) =>
          [...file.doc.getElementsByTagName('loc')].map((loc) => loc.textContent),
        ),
        robots: await (await fetch('/robots.txt')).text(),
        manifest: await (await fetch('/manifest.webmanifest')).json(),
      };
    });
    expect(parsed.feedErrors).toBe(0);
    expect(parsed.items).toEqual([
      {
        title: 'Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi',
        link: `http://localhost:4173${ARTICLE}`,
        description:
          'Kiongozi Kim Jong-un amesisitiza mshikamano wa nchi hiyo na Moscow katika mzozo na Kiev',
      },
    ]);
    expect(parsed.sitemapErrors).toBe(0);
    expect(parsed.urls).toEqual([
      'http://localhost:4173/',
      'http://localhost:4173/ukurasa/1',
      `http://localhost:4173${ARTICLE}`,
      'http://localhost:4173/habari/jeshi-la-wanamaji-la-marekani-limesema-linakabiliwa-na-vita-kali-zaidi-tangu',
      'http://localhost:4173/habari/putin-asaini-mkataba-wa-kituo-cha-mwezi-na-china',
    ]);
    expect(parsed.robots).toContain('Sitemap: http://localhost:4173/sitemap.xml');
    expect(parsed.manifest).toMatchObject({ short_name: 'Habari', lang: 'sw', theme_color: '#8c1c13' });
  });

  it('prints the article alone', async () => {
    const { page } = await openPage(browser());
    await gotoHydrated(page, `${site}${ARTICLE}`);
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.article__body')).toBe(true);
    expect(await visible('.site-header')).toBe(false);
    expect(await visible('.panel')).toBe(false);
    expect(await visible('.site-footer')).toBe(false);
  });
});
