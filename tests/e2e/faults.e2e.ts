// Faults a reader's browser meets: failing or slow data, a view that throws, storage that is missing, full or
// full of garbage, and junk in the address. The page never goes blank and never crashes.
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, gotoHydrated, openPage, useChromium } from './browser.ts';
import { CRASH_MARKER, CRASH_SLUG } from './fixture-seeds.ts';
import { layoutShiftOf } from './layout-shift.ts';

const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';
const isNotFoundStatus = (error: string) => error.includes('404 (Not Found)');

type Fault = (route: Route) => Promise<void>;
const postPage = (state: string) =>
  `<!doctype html><script type="application/json" id="habari-state">${state}</script>`;
const FAULTS: Array<[string, Fault]> = [
  ['a network error', (route) => route.abort('internetdisconnected')],
  ['HTTP 500', (route) => route.fulfill({ status: 500, body: 'Internal Server Error' })],
  [
    'a page cut short',
    (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: postPage('{"queries":[[["post","kor') }),
  ],
  [
    'a page that is not a post',
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: postPage('{"queries":[],"view":null,"views":[]}'),
      }),
  ],
];

/** A post's data is read from its page, which the app fetches (navigations to it are left alone). */
const POST_DATA = '**/habari/**';
const onPostData = (fault: Fault) => (route: Route) =>
  route.request().resourceType() === 'fetch' ? fault(route) : route.continue();

async function openArticleFromList(page: Page, site: string, lang: 'sw' | 'en') {
  await gotoHydrated(page, `${site}/${lang === 'en' ? '?lang=en' : ''}`);
  await page
    .getByRole('region')
    .getByRole('link', { name: /Korea|North Korea/ })
    .first()
    .click();
}

// Requests are failed by the test (page.route), which only sees what the page itself fetches: the service
// worker stays out, as it would for a first visit.
const NO_WORKER = { serviceWorkers: 'block' } as const;

describe('faults in the browser', () => {
  const site = inject('fixtureSiteUrl');
  const browser = useChromium();

  for (const [name, fault] of FAULTS) {
    for (const lang of ['sw', 'en'] as const) {
      it(`shows a message in ${lang === 'sw' ? 'Swahili' : 'English'} and Retry on ${name}, and recovers`, async () => {
        const { page, errors } = await openPage(browser(), NO_WORKER);
        await page.route(POST_DATA, onPostData(fault));
        await openArticleFromList(page, site, lang);
        const alert = page.getByRole('alert');
        await alert.waitFor();
        await expect(alert.innerText()).resolves.toContain(
          lang === 'sw' ? 'Imeshindikana kupakia habari' : 'The news could not be loaded',
        );
        await expect(page.getByRole('banner').isVisible()).resolves.toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await page.unroute(POST_DATA);
        await page.getByRole('button', { name: /Retry/ }).click();
        await page.getByRole('heading', { level: 1, name: /Korea/ }).waitFor();
        expect(await page.locator('.article__body p').count()).toBe(6);
        // Chromium reports the failed request itself; nothing else may fail.
        expect(errors.filter((error) => !/Failed to load resource|net::ERR_/.test(error))).toEqual([]);
      });
    }
  }

  it('recovers in the same way when the list, the popular posts and the search index fail', async () => {
    const { page, errors } = await openPage(browser(), NO_WORKER);
    await gotoHydrated(page, `${site}${ARTICLE}`);
    await page.route('**/data/**', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.getByRole('link', { name: 'Habari', exact: true }).click();
    // A failed request is tried once more before the message shows.
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 10_000 }).toBe(2);
    await page.getByRole('searchbox').fill('korea');
    await page.getByRole('searchbox').press('Enter');
    // The list's alerts stay on screen while the search page loads: wait for the search page's own.
    await expect.poll(() => page.url()).toBe(`${site}/tafuta?q=korea`);
    const searchPage = page.locator('.search-page');
    await searchPage.getByRole('alert').waitFor();
    await page.unroute('**/data/**');
    await searchPage.getByRole('button', { name: /Retry/ }).click();
    await page.getByText('Tokeo 1 la “korea”').waitFor();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${site}/`);
    for (const button of await page.getByRole('button', { name: /Retry/ }).all()) await button.click();
    await page.getByRole('region', { name: 'Vichwa vya habari' }).waitFor();
    await page.getByRole('complementary', { name: 'Habari maarufu' }).waitFor();
    expect(errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
  });

  it('says so with Retry when the shard a query needs fails, and recovers', async () => {
    const { page, errors } = await openPage(browser(), NO_WORKER);
    await gotoHydrated(page, `${site}/`);
    // The manifest loads; the shard of the query's word does not.
    await page.route('**/data/search/*.bin', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.getByRole('searchbox').fill('korea');
    await page.getByRole('searchbox').press('Enter');
    await page.getByRole('alert').waitFor();
    await page.unroute('**/data/search/*.bin');
    await page.getByRole('button', { name: /Retry/ }).click();
    await page.getByText('Tokeo 1 la “korea”').waitFor();
    expect(await page.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Korea']));
    expect(errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
  });

  it('shows a loading state for a slow answer (5 s) that does not move the page when the article arrives', async () => {
    const { page, errors } = await openPage(browser(), {
      ...NO_WORKER,
      viewport: { width: 375, height: 700 },
    });
    await page.route(
      POST_DATA,
      onPostData(async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 5000));
        await route.continue();
      }),
    );
    const start = await layoutShiftOf(page, `${site}/`);
    expect(start.cls).toBe(0);
    await page.getByRole('region').getByRole('link', { name: /Korea/ }).first().click();
    await page.getByRole('status').filter({ hasText: 'Inapakia' }).waitFor();
    await page.waitForTimeout(1000);
    await expect(page.getByRole('status').filter({ hasText: 'Inapakia' }).isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { level: 1, name: /Korea/ }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows an error view with a way home when a view throws, and the other routes keep working', async () => {
    const { page, errors } = await openPage(browser(), NO_WORKER);
    await page.addInitScript((marker) => {
      const split = String.prototype.split;
      String.prototype.split = function (this: string, ...args: Parameters<typeof split>) {
        if (this.includes(marker)) throw new Error('view broken on purpose by the test');
        return split.apply(this, args);
      } as typeof split;
    }, CRASH_MARKER);
    await page.goto(`${site}/habari/${CRASH_SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'Hitilafu imetokea' }).waitFor();
    await expect(page.getByRole('banner').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Nenda ukurasa wa mwanzo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vichwa vya habari' }).waitFor();
    await page.getByRole('region').getByRole('link', { name: /Korea/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Korea/ }).waitFor();
    expect(
      errors.filter((error) => !error.includes('view broken on purpose')),
      errors.join('\n'),
    ).toEqual([]);
    expect(errors.some((error) => error.includes('view broken on purpose'))).toBe(true);
  });

  const STORAGE: Array<[string, () => void]> = [
    [
      'missing',
      () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Storage is disabled', 'SecurityError');
          },
        });
      },
    ],
    [
      'full',
      () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        };
      },
    ],
    [
      'full of garbage',
      () => {
        for (const key of ['habari.lang', 'habari.theme', 'habari.textSize', 'habari.headlines']) {
          window.localStorage.setItem(key, '{"<script>":' + key);
        }
      },
    ],
  ];

  for (const [name, breakStorage] of STORAGE) {
    it(`works with defaults when localStorage is ${name}`, async () => {
      const { page, errors } = await openPage(browser());
      await page.addInitScript(breakStorage);
      await gotoHydrated(page, `${site}${ARTICLE}`);
      await expect(
        page.getByRole('button', { name: 'Kiswahili' }).getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      await page.getByRole('button', { name: 'English' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'North Korea hosts Russian military delegation' })
        .waitFor();
      await page.getByRole('button', { name: 'Reading settings' }).click();
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      expect(errors).toEqual([]);
    });
  }

  const JUNK: Array<[string, number]> = [
    ['/hakuna/kitu/hapa', 404],
    ['/habari/hakuna-habari-hii', 404],
    ['/habari/HERUFI-KUBWA', 404],
    ['/habari/%E0%A4%A', 404],
    ['/habari/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 404],
    [`/habari/${'a'.repeat(3000)}`, 404],
    ['/ukurasa/0', 404],
    ['/ukurasa/abc', 404],
    ['/ukurasa/99999', 404],
    ['/?lang=xx', 200],
    ['/?lang=%3Cscript%3E', 200],
    ['/?page=abc', 200],
    ['/?page=999999', 200],
    [`/?${'x'.repeat(3000)}=%00%FF`, 200],
    ['/tafuta?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 200],
    [`/tafuta?q=${'neno%20'.repeat(500)}`, 200],
  ];

  for (const [url, status] of JUNK) {
    it(`answers ${url.length > 60 ? `${url.slice(0, 60)}…` : url} with ${status === 404 ? 'the not-found page' : 'a sane default'}`, async () => {
      const { page, errors } = await openPage(browser());
      const response = await gotoHydrated(page, `${site}${url}`);
      expect(response?.status()).toBe(status);
      const heading = await page.getByRole('heading', { level: 1 }).innerText();
      if (status === 404) expect(heading).toBe('Ukurasa haupatikani');
      else expect(heading).not.toBe('');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(errors.filter((error) => !isNotFoundStatus(error))).toEqual([]);
    });
  }
});
