import { describe, expect, it } from 'vitest';
import { mergePostings } from './merge-postings.ts';
import type { ShardWord } from './search-shards.ts';

const word = (text: string, articles: number[]): ShardWord => ({
  word: text,
  articles,
  // Each posting's weight tells which article it came with.
  weights: articles.map((article) => article % 256),
});

const range = (first: number, end: number, step = 1) =>
  Array.from({ length: Math.ceil((end - first) / step) }, (_, i) => first + i * step);

describe('mergePostings', () => {
  it.each([
    ['one article added among many', range(0, 1000, 2), [501]],
    ['a few, before, between and after the old ones', range(10, 100, 10), [0, 15, 55, 99, 500]],
    ['more than are put in place one by one', range(0, 300, 3), range(1, 300, 7)],
    ['to a word no article had', [], [4, 8]],
  ])('%s: every posting once, in order, with its weight', (_, old, added) => {
    const [merged] = mergePostings([word('kilimo', [...old])], [word('kilimo', added)]);
    const expected = [...old, ...added].sort((a, b) => a - b);
    expect(merged).toEqual(word('kilimo', expected));
  });

  it('keeps words in order, adds new ones and drops those no article holds any more', () => {
    const merged = mergePostings(
      [word('maji', [1, 5]), word('afya', []), word('shule', [2])],
      [word('bei', [7]), word('shule', [9])],
    );
    expect(merged.map((entry) => [entry.word, entry.articles])).toEqual([
      ['bei', [7]],
      ['maji', [1, 5]],
      ['shule', [2, 9]],
    ]);
  });
});
