import { describe, expect, it } from 'vitest';
import { slugs, summaryAt } from '../../tests/support/post-summaries.ts';
import { frontPage, frontPageNumbers, numberedPage, pageCount } from './list-pages.ts';

describe('the pages of the headline list', () => {
  it('numbers pages from the oldest, 50 a page, newest first on each', () => {
    expect(pageCount(120)).toBe(3);
    const first = numberedPage(1, 120, summaryAt);
    expect(first).toMatchObject({ page: 1, newer: 2, older: null });
    expect(slugs(first)[0]).toBe('habari-49');
    expect(slugs(first).at(-1)).toBe('habari-0');
    expect(numberedPage(3, 120, summaryAt)).toMatchObject({ page: 3, newer: null, older: 2 });
    expect(slugs(numberedPage(3, 120, summaryAt))).toHaveLength(20);
  });

  it('keeps a full page as it was when articles are added: only the newest page and the front change', () => {
    const before = Array.from({ length: pageCount(120) }, (_, i) => numberedPage(i + 1, 120, summaryAt));
    const after = Array.from({ length: pageCount(121) }, (_, i) => numberedPage(i + 1, 121, summaryAt));
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).not.toEqual(before[2]);
    // When the newest page fills up and a new one starts, the page before it gains its "newer" link.
    expect(numberedPage(3, 151, summaryAt).newer).toBe(4);
    expect(numberedPage(3, 150, summaryAt).newer).toBeNull();
  });

  it('shows on the front page the newest page, with the full page before it while the newest fills', () => {
    expect(frontPageNumbers(120)).toEqual([3, 2]);
    expect(frontPageNumbers(150)).toEqual([3]);
    expect(frontPageNumbers(30)).toEqual([1]);
    const front = frontPage(120, summaryAt);
    expect(front).toMatchObject({ page: null, newer: null, older: 1 });
    expect(slugs(front)).toHaveLength(70);
    expect(slugs(front)[0]).toBe('habari-119');
    expect(frontPage(150, summaryAt)).toMatchObject({ older: 2 });
    expect(slugs(frontPage(150, summaryAt))).toHaveLength(50);
    expect(frontPage(30, summaryAt)).toMatchObject({ older: null });
  });

  it('lists every article exactly once across the numbered pages', () => {
    for (const articles of [1, 49, 50, 51, 99, 100, 101, 1234]) {
      const all = Array.from({ length: pageCount(articles) }, (_, i) =>
        slugs(numberedPage(i + 1, articles, summaryAt)),
      ).flat();
      expect(new Set(all).size).toBe(articles);
      expect(all).toHaveLength(articles);
    }
  });
});
