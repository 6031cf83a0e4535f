// Offline reading: with the service worker in control, a read article and the headline list open with no
// network (the server is stopped, as a lost connection would be); an unread page gets the offline page.
// Offline search answers from the shards already fetched, and says a new word needs the network.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveSite, type ServedSite } from '../support/site-server.ts';
import { axeViolations, gotoHydrated, openPage, useChromium } from './browser.ts';

const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';
const UNREAD = '/habari/putin-asaini-mkataba-wa-kituo-cha-mwezi-na-china';

describe('offline reading', () => {
  const siteDir = inject('siteDir');
  const browser = useChromium();
  let server: ServedSite | null = null;
  beforeAll(async () => {
    server = await serveSite(siteDir, 4312);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('opens a read article and / with no network, and says what is not available', async () => {
    const site = server?.url ?? '';
    const { page, errors } = await openPage(browser());
    await gotoHydrated(page, `${site}/`);
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active !== null && navigator.serviceWorker.controller !== null;
    });

    // Read one article inside the app: its JSON and page are kept as it is read.
    await page
      .getByRole('link', { name: /Korea Kaskazini inawakaribisha/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Korea Kaskazini/ }).waitFor();
    await page.waitForFunction(async (path) => (await caches.match(path)) !== undefined, ARTICLE, {
      timeout: 10_000,
    });

    await server?.stop();
    server = null;

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Korea Kaskazini/ }).waitFor();
    expect(await page.locator('.article__body p').count()).toBe(6);

    await page.goto(`${site}/`);
    await page.getByRole('region', { name: 'Vichwa vya habari' }).getByRole('link').first().waitFor();

    await page.goto(`${site}${UNREAD}`);
    await page.getByRole('heading', { level: 1, name: 'Huna mtandao' }).waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page.getByRole('link', { name: /Korea Kaskazini inawakaribisha/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // With the server gone, Chromium reports the failed fetches the worker made; nothing else may fail.
    expect(errors.filter((error) => !/Failed to load resource|net::ERR_/.test(error))).toEqual([]);
  });

  it('searches offline with the words already fetched, and says a new word needs the network', async () => {
    const searchServer = await serveSite(siteDir, 4315);
    const site = searchServer.url;
    // Chromium left navigator.onLine true here, offline, while the DevTools session that slows the CPU was
    // attached (even at a slowdown of 1.0001): the offline message depends on it.
    const { page, errors } = await openPage(browser(), { fullSpeed: true });
    try {
      await gotoHydrated(page, `${site}/`);
      await page.waitForFunction(async () => {
        const registration = await navigator.serviceWorker.ready;
        return registration.active !== null && navigator.serviceWorker.controller !== null;
      });
      const box = page.getByRole('searchbox', { name: 'Tafuta / Search' });
      await box.fill('korea');
      await box.press('Enter');
      await page.getByText('Tokeo 1 la “korea”').waitFor();
    } finally {
      await searchServer.stop();
    }
    await page.context().setOffline(true);
    // A fresh start of the app, offline: what was fetched is in the service worker's caches only.
    await gotoHydrated(page, `${site}/`);

    const box = page.getByRole('searchbox', { name: 'Tafuta / Search' });
    await box.fill('putin');
    await box.press('Enter');
    await page.getByText('Huna mtandao: kutafuta maneno mapya kunahitaji mtandao.').waitFor();
    await page.getByRole('button', { name: /Jaribu tena|Retry/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A word whose shard (and the list page of its result) was fetched before is still found, and marked.
    await box.fill('KOREA');
    await box.press('Enter');
    await page.getByText('Tokeo 1 la “KOREA”').waitFor();
    expect(await page.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Korea']));
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.filter((error) => !/Failed to load resource|net::ERR_/.test(error))).toEqual([]);
  });
});
