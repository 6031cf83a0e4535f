// An article's page tells search engines it is news: schema.org NewsArticle as JSON-LD, checked here against
// what schema.org and Google's article guidelines ask of it, and Open Graph's article:published_time.
import { describe, expect, it } from 'vitest';
import type { PageMeta } from '../services/page-meta.tsx';
import { articleHeadTags, newsArticleData } from './structured-data.ts';

const SITE = 'https://habari.example';
const meta = (article: PageMeta['article']): PageMeta => ({
  title: 'Mvua kubwa: Habari',
  description: 'Wakazi wametakiwa kuchukua tahadhari </script><script>alert(1)</script>',
  path: '/habari/mvua-kubwa',
  type: 'article',
  article,
});
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/;

describe('an article’s structured data', () => {
  const url = `${SITE}/habari/mvua-kubwa`;
  const dated = meta({
    headline: 'Mvua kubwa',
    englishHeadline: 'Heavy rain',
    published: '2026-11-28T09:30+03:00',
  });

  it('is a valid NewsArticle: its type, headlines, date, language, publisher and page', () => {
    const data = newsArticleData(dated, url, SITE);
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Mvua kubwa',
      alternativeHeadline: 'Heavy rain',
      datePublished: '2026-11-28T09:30+03:00',
      inLanguage: 'sw',
      description: dated.description,
      url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      publisher: { '@type': 'Organization', name: 'Habari', url: `${SITE}/` },
    });
    expect(data?.datePublished).toMatch(ISO_DATE);
    expect(new URL(data?.mainEntityOfPage['@id'] ?? '').origin).toBe(SITE);
  });

  it('is written as a JSON-LD data block that parses back, and nothing in it can end the script', () => {
    const tags = articleHeadTags(dated, url, SITE);
    expect(tags[0]).toBe('<meta property="article:published_time" content="2026-11-28T09:30+03:00">');
    const block = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(tags[1] ?? '');
    expect(block).not.toBeNull();
    expect(block?.[1]).not.toMatch(/<\/script|<script/i);
    expect(JSON.parse(block?.[1] ?? '')).toEqual(newsArticleData(dated, url, SITE));
  });

  it('leaves out what an undated article or one without English does not have', () => {
    const plain = meta({ headline: 'Mvua kubwa', englishHeadline: null, published: null });
    expect(newsArticleData(plain, url, SITE)).not.toHaveProperty('datePublished');
    expect(newsArticleData(plain, url, SITE)).not.toHaveProperty('alternativeHeadline');
    expect(articleHeadTags(plain, url, SITE)).toHaveLength(1);
    expect(articleHeadTags({ ...plain, article: undefined, type: 'website' }, url, SITE)).toEqual([]);
  });
});
