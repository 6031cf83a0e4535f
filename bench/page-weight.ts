// What a page costs a reader in Chromium: every script it loads until the network is idle and 2 s more
// (each gzipped at level 9, as the budget counts them), its CSS, all bytes transferred, and its DOM size.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  url: string;
  status: number;
  scripts: Array<{ url: string; gzipBytes: number }>;
  scriptGzipBytes: number;
  cssGzipBytes: number;
  transferredBytes: number;
  domElements: number;
}

const gzip9 = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const pending: Array<Promise<void>> = [];
  const scripts: PageWeight['scripts'] = [];
  let stylesheetGzip = 0;
  let transferredBytes = 0;
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        transferredBytes += sizes.responseBodySize + sizes.responseHeadersSize;
        const type = request.resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        const body = await (await request.response())?.body();
        if (!body) return;
        if (type === 'script') scripts.push({ url: request.url(), gzipBytes: gzip9(body) });
        else stylesheetGzip += gzip9(body);
      })(),
    );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(2000);
  await Promise.all(pending);
  const inlineCss = await page.evaluate(() =>
    [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n'),
  );
  const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return {
    url,
    status: response?.status() ?? 0,
    scripts,
    scriptGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    cssGzipBytes: stylesheetGzip + (inlineCss ? gzip9(inlineCss) : 0),
    transferredBytes,
    domElements,
  };
}
