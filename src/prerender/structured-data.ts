// What an article's page tells search engines about it as news (docs/decisions/014-dates-from-file-names.md):
// schema.org NewsArticle as JSON-LD, a data block the page's Content-Security-Policy allows (it is never run),
// and Open Graph's article:published_time.
import { scriptSafeJson } from '../services/embedded-state.ts';
import type { PageMeta } from '../services/page-meta.tsx';
import { escapeMarkup } from '../content/escape-markup.ts';

export interface NewsArticleData {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  alternativeHeadline?: string;
  datePublished?: string;
  inLanguage: 'sw';
  description: string;
  url: string;
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string };
  publisher: { '@type': 'Organization'; name: string; url: string };
}

export function newsArticleData(meta: PageMeta, url: string, siteUrl: string): NewsArticleData | null {
  const { article } = meta;
  if (!article) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(article.englishHeadline ? { alternativeHeadline: article.englishHeadline } : {}),
    ...(article.published ? { datePublished: article.published } : {}),
    inLanguage: 'sw',
    description: meta.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    publisher: { '@type': 'Organization', name: 'Habari', url: new URL('/', siteUrl).href },
  };
}

/** The head tags of an article's facts; none for a page that is not an article. */
export function articleHeadTags(meta: PageMeta, url: string, siteUrl: string): string[] {
  const data = newsArticleData(meta, url, siteUrl);
  if (!data) return [];
  const json = scriptSafeJson(data);
  return [
    ...(data.datePublished
      ? [`<meta property="article:published_time" content="${escapeMarkup(data.datePublished)}">`]
      : []),
    `<script type="application/ld+json">${json}</script>`,
  ];
}
