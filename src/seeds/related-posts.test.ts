import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatedText } from './related-posts.ts';

const article = (headline: string, body: string): RelatedText => ({
  headline,
  english: null,
  standfirst: null,
  body: [body],
});

describe('relatedArticles', () => {
  const articles = [
    article('Korea Kaskazini na Urusi', 'Pyongyang Moscow jeshi ushirikiano makombora Kim Putin'),
    article('Mvua kubwa Dar es Salaam', 'mafuriko wakazi barabara mvua Jangwani'),
    article('Putin na Kim wakutana', 'Pyongyang Moscow mkutano Kim Putin makombora'),
    article('Mafuriko Jangwani', 'mvua mafuriko wakazi Jangwani barabara'),
    article('Soko la hisa', 'benki fedha riba mfumuko'),
  ];

  it('links articles that share their distinctive words, most similar first', () => {
    const related = relatedArticles(articles);
    expect(related[0]).toEqual([2]);
    expect(related[1]).toEqual([3]);
    expect(related[2]).toEqual([0]);
  });

  it('links nothing to an article that shares nothing', () => {
    expect(relatedArticles(articles)[4]).toEqual([]);
  });

  it('needs several articles', () => {
    expect(relatedArticles([articles[0] as RelatedText])).toEqual([[]]);
  });

  it('returns at most the limit', () => {
    const many = Array.from({ length: 10 }, (_, i) => article(`Kim Putin ${i}`, 'Pyongyang Moscow makombora'));
    many.push(article('Soko', 'benki fedha'));
    expect(relatedArticles(many, 4)[0]).toHaveLength(4);
  });
});
