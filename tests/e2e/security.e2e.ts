// The promises about code: a strict Content-Security-Policy on every page (meta and header), security headers
// from the preview server, and markup or script in seeds shown as text everywhere, never run.
import { describe, expect, inject, it } from 'vitest';
import { gotoHydrated, openPage, useChromium } from './browser.ts';
import { HOSTILE_ENGLISH, HOSTILE_HEADLINE, HOSTILE_PARAGRAPH, HOSTILE_STANDFIRST } from './fixture-seeds.ts';

const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';
const HOSTILE = '/habari/script-window-pwned-1-script-habari-img-src-x-onerror-window-pwned-2';

function expectStrictPolicy(policy: string | null | undefined) {
  expect(policy).toBeTruthy();
  const directives = new Map(
    (policy ?? '').split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
}

describe('security', () => {
  const site = inject('siteUrl');
  const fixtureSite = inject('fixtureSiteUrl');
  const browser = useChromium();

  it.each([
    '/',
    ARTICLE,
    '/habari/putin-asaini-mkataba-wa-kituo-cha-mwezi-na-china',
    '/tafuta',
    '/hakuna',
    '/offline',
  ])(
    'sends %s with a strict CSP in a meta tag and a header, and the other security headers',
    async (path) => {
      const response = await fetch(`${site}${path}`, { headers: { accept: 'text/html' } });
      const header = response.headers.get('content-security-policy');
      expectStrictPolicy(header);
      expect(header).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      const html = await response.text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expectStrictPolicy(meta?.replace(/&#39;/g, "'"));
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    },
  );

  it('sends the same headers with data, scripts and the service worker', async () => {
    for (const path of ['/data/popular.json', '/sw.js', '/feed.xml']) {
      const response = await fetch(`${site}${path}`);
      expect(response.status, path).toBe(200);
      expectStrictPolicy(response.headers.get('content-security-policy'));
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('enforces the policy: an inline script put into the page does not run, and the violation is reported', async () => {
    const { page, errors } = await openPage(browser());
    await gotoHydrated(page, `${site}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    });
    await expect
      .poll(() => errors.filter((error) => error.startsWith('CSP violation: script-src')).length)
      .toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan),
    ).toBeUndefined();
  });

  it('shows markup, script and javascript: URLs from a seed as text on every page, and never runs them', async () => {
    const { page, errors } = await openPage(browser());
    const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

    await gotoHydrated(page, `${fixtureSite}${HOSTILE}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain(HOSTILE_HEADLINE);
    await page.getByText(HOSTILE_STANDFIRST, { exact: true }).waitFor();
    await page.getByText(HOSTILE_PARAGRAPH, { exact: true }).waitFor();
    expect(
      await page
        .locator('.article img, .article script, .article iframe, .article a[href^="javascript"]')
        .count(),
    ).toBe(0);
    await expect(page.title()).resolves.toContain(HOSTILE_HEADLINE);
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBe(
      HOSTILE_STANDFIRST,
    );
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toContain(
      HOSTILE_HEADLINE,
    );
    await page
      .getByRole('complementary')
      .getByText('<iframe src="javascript:window.__pwned=5"></iframe>')
      .waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(HOSTILE_ENGLISH).first().waitFor();
    await page.getByRole('button', { name: 'Kiswahili' }).click();

    await gotoHydrated(page, `${fixtureSite}/ukurasa/2`);
    await page.getByRole('link', { name: HOSTILE_HEADLINE }).waitFor();

    await gotoHydrated(page, `${fixtureSite}/tafuta?q=mzito%20nukuu`);
    await page.getByText('Tokeo 1 la “mzito nukuu”').waitFor();
    await expect(page.getByRole('listitem').first().innerText()).resolves.toContain(HOSTILE_STANDFIRST);

    const feed = await page.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await (await fetch('/feed.xml')).text(), 'application/xml');
      return [...doc.querySelectorAll('item')].map((item) => [
        item.querySelector('title')?.textContent,
        item.querySelector('description')?.textContent,
      ]);
    });
    expect(feed).toContainEqual([HOSTILE_HEADLINE, HOSTILE_STANDFIRST]);

    expect(await pwned()).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
