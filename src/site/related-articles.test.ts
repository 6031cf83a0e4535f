import { describe, expect, it } from 'vitest';
import {
  addPairs,
  BestLists,
  relatedIndex,
  relatedLists,
  termVector,
  type RelatedText,
} from './related-articles.ts';
import { NO_WORD_FREQUENCIES, parseWordFrequencies, type WordFrequencies } from './word-frequencies.ts';

const article = (headline: string, body: string): RelatedText => ({
  headline,
  english: null,
  standfirst: null,
  body: [body],
});

const related = (articles: RelatedText[], limit = 4, table: WordFrequencies = NO_WORD_FREQUENCIES) =>
  relatedLists(relatedIndex(articles.map((text) => termVector(text, table))), limit);

describe('related articles', () => {
  const articles = [
    article('Korea Kaskazini na Urusi', 'Pyongyang Moscow jeshi ushirikiano makombora Kim Putin'),
    article('Mvua kubwa Dar es Salaam', 'mafuriko wakazi barabara mvua Jangwani'),
    article('Putin na Kim wakutana', 'Pyongyang Moscow mkutano Kim Putin makombora'),
    article('Mafuriko Jangwani', 'mvua mafuriko wakazi Jangwani barabara'),
    article('Soko la hisa', 'benki fedha riba mfumuko'),
  ];

  it('links articles that share their distinctive words, most similar first', () => {
    const lists = related(articles);
    expect(lists[0]).toEqual([2]);
    expect(lists[1]).toEqual([3]);
    expect(lists[2]).toEqual([0]);
  });

  it('links nothing to an article that shares nothing, or to a lone article', () => {
    expect(related(articles)[4]).toEqual([]);
    expect(related([articles[0] as RelatedText])).toEqual([[]]);
  });

  it('returns at most the limit, the newer first among equals', () => {
    const many = Array.from({ length: 10 }, (_, i) =>
      article(`Kim Putin ${i}`, 'Pyongyang Moscow makombora'),
    );
    many.push(article('Soko', 'benki fedha'));
    expect(related(many, 4)[0]).toEqual([9, 8, 7, 6]);
  });

  it('weighs a word by its rarity in the word-frequency table, not by how often the archive uses it', () => {
    const table = parseWordFrequencies('# articles\t1000\nmoscow\t900\npyongyang\t900\nmakombora\t900\n');
    if (!table.ok) throw new Error(table.message);
    const vector = termVector(articles[0] as RelatedText, table.table);
    const weight = (term: string) => vector.weights[vector.terms.indexOf(term)] ?? 0;
    // Common in the table: weighs less than a word the table does not list.
    expect(weight('moscow')).toBeLessThan(weight('kaskazini'));
    // The same article, the same vector, whatever else is in the archive.
    expect(termVector(articles[0] as RelatedText, table.table)).toEqual(vector);
  });

  it('leaves out of the scores a word held by more articles than the limit', () => {
    const vectors = [
      article('Alpha beta', 'alpha beta gamma'),
      article('Alpha delta', 'alpha delta epsilon'),
      article('Alpha zeta', 'alpha zeta theta'),
    ].map((text) => termVector(text, NO_WORD_FREQUENCIES));
    expect(relatedLists(relatedIndex(vectors), 4)[0]).toEqual([2, 1]);
    expect(relatedLists(relatedIndex(vectors, 2), 4)[0]).toEqual([]);
  });

  it('gives the same lists when ranges of articles are scored apart (as workers do) and merged', () => {
    const words = 'alpha beta gamma delta epsilon zeta theta kappa lambda sigma omega tau'.split(' ');
    const many = Array.from({ length: 60 }, (_, i) =>
      article(
        `Habari ${i}`,
        Array.from({ length: 6 }, (_, k) => words[(i * 7 + k * k * 3) % words.length]).join(' '),
      ),
    );
    const index = relatedIndex(
      many.map((text) => termVector(text, NO_WORD_FREQUENCIES)),
      40,
      true,
    );
    const whole = relatedLists(index, 4);
    const parts = [new BestLists(index.count, 4), new BestLists(index.count, 4)];
    for (let first = 0; first < index.count; first += 7) {
      addPairs(index, first, Math.min(index.count, first + 7), parts[(first / 7) % 2] as BestLists);
    }
    (parts[0] as BestLists).merge(parts[1] as BestLists);
    expect((parts[0] as BestLists).lists()).toEqual(whole);
    expect(whole.filter((list) => list.length > 0).length).toBeGreaterThan(50);
  });
});
