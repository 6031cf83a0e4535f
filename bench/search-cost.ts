// What a search costs a reader, in Chromium against the served site: opening a search URL in a fresh browser
// (cold: nothing cached, no service worker) and the same search opened again in that browser (warm), the
// bytes transferred until the results are on screen and the network is idle, and the time to first results.
// Every request of the browser context is counted, the service worker's own too (its precache of the app's
// shell on the first visit, its revalidations on the next), not only those of the page.
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

export interface SearchVisit {
  /** Bytes on the wire (bodies as sent, compressed, plus headers), every request of the visit. */
  bytes: number;
  /** From navigation start to the results count on screen. */
  firstResultsMs: number;
  /** The count line the page showed, to check the query found what it should. */
  status: string;
}

export interface SearchCost {
  cold: SearchVisit;
  warm: SearchVisit;
}

/** Opens `searchUrl` twice in one fresh browser context: cold, then warm. */
/** `withServiceWorker`: the page registers one, whose precache is part of the first visit. */
export async function searchCost(
  browser: Browser,
  searchUrl: string,
  withServiceWorker: boolean,
): Promise<SearchCost> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    const cold = await visit(context, page, searchUrl, withServiceWorker);
    const warm = await visit(context, page, searchUrl, withServiceWorker);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

async function visit(
  context: BrowserContext,
  page: Page,
  url: string,
  withServiceWorker: boolean,
): Promise<SearchVisit> {
  const pending: Array<Promise<number>> = [];
  const counted = (request: Request) =>
    pending.push(
      request.sizes().then(
        (sizes) => sizes.responseBodySize + sizes.responseHeadersSize,
        () => 0,
      ),
    );
  context.on('requestfinished', counted);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // Checked on every animation frame in the page itself, so the time is the frame the results painted in.
    const shown = await page.waitForFunction(
      () => (document.querySelector('.search-page__count') ? performance.now() : null),
      null,
      { polling: 'raf', timeout: 60_000 },
    );
    const firstResultsMs = (await shown.jsonValue()) as number;
    const status = page.locator('.search-page__count');
    await page.waitForLoadState('networkidle');
    // The service worker registers once the page is idle and precaches the app's shell: part of a first
    // visit. `ready` resolves when it is active, its precache done.
    if (withServiceWorker) await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForTimeout(500);
    const sizes = await Promise.all(pending);
    return {
      bytes: sizes.reduce((sum, size) => sum + size, 0),
      firstResultsMs,
      status: await status.innerText(),
    };
  } finally {
    context.off('requestfinished', counted);
  }
}
