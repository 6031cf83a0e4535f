// Every URL of the site is built here, so a route's address changes in one place.
import type { Language } from '../content/site-json.ts';

export const paths = {
  home: () => '/',
  /** A numbered page of the list; page 1 holds the oldest articles. */
  listPage: (page: number) => `/ukurasa/${page}`,
  post: (slug: string) => `/habari/${slug}`,
  search: (query = '') => (query ? `/tafuta?q=${encodeURIComponent(query)}` : '/tafuta'),
  notFound: () => '/404',
  offline: () => '/offline',
};

/** Keeps the reader's language in links, so a shared or opened link shows the same language. */
export function withLanguage(path: string, lang: Language): string {
  if (lang === 'sw') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}
