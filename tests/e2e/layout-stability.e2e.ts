// ?lang=en is applied after hydration (the prerendered page is Swahili): the switch must not move the layout.
// Search results arrive after the page has painted: they must not move it either.
import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from './browser.ts';
import { layoutShiftOf } from './layout-shift.ts';

describe('layout stability', () => {
  const site = inject('siteUrl');
  const browser = useChromium();

  const ARTICLE_EN = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi?lang=en';
  const SEARCH_EN = '/tafuta?q=korea&lang=en';
  it.each([
    ['the list, wide', '/?lang=en', 1280],
    ['the list, narrow', '/?lang=en', 375],
    ['an article, wide', ARTICLE_EN, 1280],
    ['an article, narrow', ARTICLE_EN, 375],
    ['search results, wide', SEARCH_EN, 1280],
    ['search results, narrow', SEARCH_EN, 375],
  ])('does not shift %s when English is applied (CLS 0)', async (_name, path, width) => {
    const { page, errors } = await openPage(browser(), { viewport: { width, height: 800 } });
    const shift = await layoutShiftOf(
      page,
      `${site}${path}`,
      path === SEARCH_EN ? '.search-page__count' : undefined,
    );
    expect(shift.englishApplied).toBe(true);
    expect(shift.cls).toBe(0);
    expect(errors).toEqual([]);
  });
});
