// A new version of the site is offered to a reader who has the old one open, and applied only when they ask.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveSite, type ServedSite } from '../support/site-server.ts';
import { gotoHydrated, openPage, useChromium } from './browser.ts';

describe('a new version of the site', () => {
  const siteDir = inject('siteDir');
  const fixtureSiteDir = path.join(path.dirname(siteDir), 'e2e-fixture-site');
  const served = mkdtempSync(path.join(tmpdir(), 'habari-update-'));
  const browser = useChromium();
  let server: ServedSite;
  beforeAll(async () => {
    // (Each built site is a link to its copy: the copy's files are what is copied.)
    cpSync(siteDir, served, { recursive: true, dereference: true });
    server = await serveSite(served, 4314);
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(served, { recursive: true, force: true });
  });

  it('is offered with a prompt, never forced, and loads when the reader chooses Reload', async () => {
    const { page, errors } = await openPage(browser());
    await gotoHydrated(page, `${server.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.getByRole('region', { name: 'Vichwa vya habari' }).getByRole('listitem').count()).toBe(
      1,
    );

    // Publish the next release (another app version, more articles) under the open page.
    rmSync(served, { recursive: true, force: true });
    cpSync(fixtureSiteDir, served, { recursive: true, dereference: true });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByText('Toleo jipya la Habari lipo.');
    await prompt.waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1000);
    expect(await page.getByRole('region', { name: 'Vichwa vya habari' }).getByRole('listitem').count()).toBe(
      1,
    );

    // Listening before the click: the reload can finish before a listener added after it (seen under load).
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Pakia upya' }).click();
    await reloaded;
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // The next release's front page: all 63 of its articles (a newest page of 13 and the full page before it).
    await expect
      .poll(() => page.getByRole('region', { name: 'Vichwa vya habari' }).getByRole('listitem').count())
      .toBe(63);
    expect(errors).toEqual([]);
  });
});
