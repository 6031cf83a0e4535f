import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticSeed } from '../../bench/synthetic-archive.ts';
import { searchTermsOf } from '../search/search-terms.ts';
import { articleWords, type ArticleWords } from '../search/tokenize.ts';
import { termVectorOf } from '../site/related-articles.ts';
import {
  formatWordFrequencies,
  NO_WORD_FREQUENCIES,
  parseWordFrequencies,
  type WordFrequencies,
} from '../site/word-frequencies.ts';
import { ArticleTerms } from './article-terms.ts';
import { parseSeed } from './parse-seed.ts';

const seedsDir = path.resolve(import.meta.dirname, '../../seeds');

function wordsOf(text: string): ArticleWords {
  const parsed = parseSeed('seed.txt', new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return articleWords({ ...parsed.article, english: parsed.article.englishHeadline });
}

const ARCHIVE = 120;
const articles: ArticleWords[] = [
  ...readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => wordsOf(readFileSync(path.join(seedsDir, name), 'utf8'))),
  ...Array.from({ length: ARCHIVE }, (_, index) => wordsOf(syntheticSeed(index, ARCHIVE).text)),
  // Accents, an inner apostrophe, digits, stopwords and a word repeated past the body's cap.
  {
    headline: ['café', 'ya', 'élodie', 'ng', 'ombe'],
    english: ['the', 'café', 'of', 'élodie'],
    standfirst: ['ng’ombe', '2024', 'na', 'kahawa'],
    body: [['kahawa', 'kahawa', 'kahawa', 'kahawa', 'kahawa', 'kahawa', 'kahawa', 'kahawa'], ['café']],
  },
];

/** A table counted from the articles themselves, as `npm run word-frequencies` would. */
function tableOf(all: readonly ArticleWords[]): WordFrequencies {
  const counts = new Map<string, number>();
  for (const words of all) {
    for (const word of new Set([...words.headline, ...words.english, ...words.standfirst, ...words.body.flat()]))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const parsed = parseWordFrequencies(formatWordFrequencies(all.length, counts));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.table;
}

function termsByWord(termsOf: ArticleTerms, words: ArticleWords): [string, number][] {
  const { search } = termsOf.of(words);
  return Array.from(search.numbers.subarray(0, search.count), (number, i) => [
    termsOf.word(number),
    search.weights[i] as number,
  ]);
}

describe('an article’s terms in one pass', () => {
  it.each([
    ['with a word-frequency table', tableOf(articles)],
    ['without one', NO_WORD_FREQUENCIES],
  ])('gives the search terms and the vector that searchTermsOf and termVectorOf give, %s', (_, table) => {
    const termsOf = new ArticleTerms(table);
    for (const words of articles) {
      expect(termsByWord(termsOf, words)).toEqual([...searchTermsOf(words)]);
      expect(termsOf.of(words).vector).toEqual(termVectorOf(words, table));
    }
    expect(termsOf.size).toBeGreaterThan(1000);
  });

  it('gives the same once it has forgotten its numbers, and forgets only past its limit', () => {
    const table = tableOf(articles);
    const termsOf = new ArticleTerms(table, 500);
    let forgotten = 0;
    for (const words of articles) {
      const before = termsOf.size;
      termsOf.released();
      if (termsOf.size < before) forgotten++;
      expect(termsOf.size).toBeLessThanOrEqual(before);
      expect(before - termsOf.size === 0 || before > 500).toBe(true);
      expect(termsByWord(termsOf, words)).toEqual([...searchTermsOf(words)]);
      expect(termsOf.of(words).vector).toEqual(termVectorOf(words, table));
    }
    expect(forgotten).toBeGreaterThan(2);
  });
});
