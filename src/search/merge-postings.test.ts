import { describe, expect, it } from 'vitest';
import { mergePostings } from './merge-postings.ts';
import fc from 'fast-check';
import { decodeShard, encodedWords, encodeShard, type ShardWord } from './search-shards.ts';

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
    expect(merged.map((entry) => [entry.word, (entry as ShardWord).articles])).toEqual([
      ['bei', [7]],
      ['maji', [1, 5]],
      ['shule', [2, 9]],
    ]);
  });

  it('gives the same shard whether the old words come decoded or as the shard holds them', () => {
    const old = [word('bei', range(0, 400, 3)), word('kilimo', range(5, 900, 4)), word('maji', [2, 70])];
    const added = [word('kilimo', [6, 901]), word('mvua', [3]), word('maji', range(71, 200))];
    const encoded = encodedWords(encodeShard(old));
    const fromEncoded = mergePostings(encoded, added.map(copy));
    expect(encodeShard(fromEncoded)).toEqual(encodeShard(mergePostings(old.map(copy), added.map(copy))));
    // A word with no new postings is still the shard's bytes.
    expect(fromEncoded.find((entry) => entry.word === 'bei')).toBe(encoded[0]);
  });

  it('puts new postings among encoded ones wherever they fall, as merging decoded lists does', () => {
    const articles = fc.uniqueArray(fc.nat({ max: 3_000_000 }), { maxLength: 60 });
    fc.assert(
      fc.property(articles, articles, (oldArticles, newArticles) => {
        const taken = new Set(oldArticles);
        const fresh = newArticles.filter((article) => !taken.has(article)).sort((a, b) => a - b);
        const old = word(
          'kilimo',
          [...oldArticles].sort((a, b) => a - b),
        );
        if (old.articles.length === 0 || fresh.length === 0) return;
        const merged = mergePostings(encodedWords(encodeShard([old])), [word('kilimo', fresh)]);
        expect(decodeShard(encodeShard(merged))).toEqual([
          word(
            'kilimo',
            [...old.articles, ...fresh].sort((a, b) => a - b),
          ),
        ]);
      }),
    );
  });
});

const copy = (entry: ShardWord): ShardWord => ({
  ...entry,
  articles: [...entry.articles],
  weights: [...entry.weights],
});
