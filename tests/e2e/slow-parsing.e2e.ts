// A slow phone paints a page before it has parsed all of it. Nothing already painted may move when the rest
// arrives: a box at the end of a row that grows as its text comes, a row that wraps once its last item is whole,
// margins that collapse differently half-way. Served a few bytes at a time, every page type must keep CLS 0.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from './browser.ts';
import { layoutShiftOf } from './layout-shift.ts';
import { serveSlowly, type SlowServer } from './slow-server.ts';

const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';

describe('a page painted while it is still arriving', () => {
  const browser = useChromium();
  let slow: SlowServer;
  beforeAll(async () => {
    // 320 bytes every 10 ms: a page of 30 KB arrives over about a second, painted many times on the way.
    slow = await serveSlowly(inject('fixtureSiteUrl'), 320, 10);
  });
  afterAll(() => slow.stop());

  it.each([
    ['the front page', '/'],
    ['a numbered page', '/ukurasa/1'],
    ['a day', '/tarehe/2026-11-28'],
    ['a month, in English', '/tarehe/2026-11?lang=en'],
    ['an article', ARTICLE],
    ['an article, in English', `${ARTICLE}?lang=en`],
    ['search results, in English', '/tafuta?q=korea&lang=en'],
    ['the not-found page', '/hakuna-ukurasa-huu'],
  ])('does not move %s', async (_name, path) => {
    for (const width of [375, 1280]) {
      const { page, errors } = await openPage(browser(), { viewport: { width, height: 800 } });
      const shift = await layoutShiftOf(
        page,
        `${slow.url}${path}`,
        path.startsWith('/tafuta') ? '.search-page__count' : undefined,
      );
      expect(shift.shifts, `${path} at ${width} px`).toEqual([]);
      expect(shift.cls).toBe(0);
      // The not-found page comes with its status, which Chromium logs; nothing else may.
      expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
      await page.context().close();
    }
  });
});
