import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchShards } from './search-index.ts';
import { decodeShard, encodeShard, shardFile, shardKey, type ShardWord } from './search-shards.ts';
import { searchTerms, type SearchableText } from './search-terms.ts';

const article = (headline: string, body: string[], extra: Partial<SearchableText> = {}): SearchableText => ({
  headline,
  english: null,
  standfirst: null,
  body,
  ...extra,
});

/** Shards as the build writes them, through the binary format and back. */
function shardsOf(articles: readonly SearchableText[]): Map<string, ShardWord[]> {
  const byKey = new Map<string, Map<string, ShardWord>>();
  articles.forEach((text, position) => {
    for (const [word, weight] of searchTerms(text)) {
      const words = byKey.get(shardKey(word)) ?? new Map<string, ShardWord>();
      byKey.set(shardKey(word), words);
      const entry = words.get(word) ?? { word, articles: [], weights: [] };
      words.set(word, entry);
      entry.articles.push(position);
      entry.weights.push(weight);
    }
  });
  return new Map(
    [...byKey].map(([key, words]) => [
      key,
      decodeShard(encodeShard([...words.values()].sort((a, b) => (a.word < b.word ? -1 : 1)))),
    ]),
  );
}

// Numbers in publication order: mvua 0, korea 1, urusi 2, cafe 3.
const ARTICLES = [
  article('Mvua kubwa Dar es Salaam', ['Wakazi wa Dar wameathirika na mafuriko.']),
  article('Korea Kaskazini yapokea ujumbe', ['Ujumbe wa jeshi la Urusi ulifika Pyongyang.'], {
    english: 'North Korea hosts delegation',
    standfirst: 'Kim Jong-un asisitiza mshikamano',
  }),
  article('Urusi na China', ['Korea imetajwa mara moja tu katika habari hii.']),
  article('Café ya Élodie', ['Kahawa bora mjini.']),
];
const NAMES = ['mvua', 'korea', 'urusi', 'cafe'];
const shards = shardsOf(ARTICLES);
const found = (query: string) =>
  searchShards(shards, query, ARTICLES.length).hits.map((hit) => NAMES[hit.article]);

describe('search over shards', () => {
  it('finds articles by a word of the Swahili or English headline, the standfirst or the body', () => {
    expect(found('kaskazini')).toEqual(['korea']);
    expect(found('delegation')).toEqual(['korea']);
    expect(found('mshikamano')).toEqual(['korea']);
    expect(found('mafuriko')).toEqual(['mvua']);
  });

  it('ignores case, accents and punctuation', () => {
    expect(found('KASKAZINI!')).toEqual(['korea']);
    expect(found('elodie')).toEqual(['cafe']);
    expect(found('Élodie')).toEqual(['cafe']);
    expect(found('"café"')).toEqual(['cafe']);
  });

  it('ranks a headline match above a body match', () => {
    expect(found('korea')).toEqual(['korea', 'urusi']);
  });

  it('needs every word of the query, and matches the start of longer words', () => {
    expect(found('korea urusi')).toEqual(['korea', 'urusi']);
    expect(found('korea mvua')).toEqual([]);
    expect(found('kask')).toEqual(['korea']);
    expect(found('ka')).toEqual([]);
  });

  it('puts the newer article first among equals', () => {
    const twins = shardsOf([article('Habari sawa', ['Aya.']), article('Habari sawa', ['Aya.'])]);
    expect(searchShards(twins, 'sawa', 2).hits.map((hit) => hit.article)).toEqual([1, 0]);
  });

  it('answers an empty or punctuation-only query with nothing', () => {
    expect(searchShards(shards, '', 4).total).toBe(0);
    expect(searchShards(shards, ' ?! ', 4).total).toBe(0);
  });

  it('counts every match but returns at most the limit', () => {
    expect(searchShards(shards, 'korea', 4, 1)).toMatchObject({ total: 2, hits: [{ article: 1 }] });
  });

  it('files a shard by its key, in hex when the key is not plain ASCII', () => {
    expect(shardKey('serikali')).toBe('ser');
    expect(shardKey('na')).toBe('na');
    expect(shardFile('ser')).toBe('data/search/ser.bin');
    expect(shardFile('мир')).toBe('data/search/ud0bcd0b8d180.bin');
  });

  it('reads back every shard it writes, and refuses a cut-short one', () => {
    const word = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
    const entry = fc
      .uniqueArray(fc.nat({ max: 5_000_000 }), { minLength: 1, maxLength: 30 })
      .chain((articles) =>
        fc
          .array(fc.integer({ min: 0, max: 255 }), { minLength: articles.length, maxLength: articles.length })
          .map((weights) => ({ articles: articles.sort((a, b) => a - b), weights })),
      );
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(word, entry), { selector: ([w]) => w, maxLength: 20 }), (pairs) => {
        const words = pairs
          .map(([w, postings]) => ({ word: w, ...postings }))
          .sort((a, b) => (a.word < b.word ? -1 : 1));
        const bytes = encodeShard(words);
        expect(decodeShard(bytes)).toEqual(words);
        if (bytes.length > 2) expect(() => decodeShard(bytes.subarray(0, bytes.length - 1))).toThrow();
      }),
    );
  });
});
