// Every URL of the site is built here, so a route's address changes in one place.
import type { Language } from '../content/site-json.ts';

export const paths = {
  home: () => '/',
  /** A numbered page of the list; page 1 holds the oldest articles. */
  listPage: (page: number) => `/ukurasa/${page}`,
  post: (slug: string) => `/habari/${slug}`,
  /** The search page; with a query, its results best first, or newest first with `order` 'new'. */
  search: (query = '', order: 'best' | 'new' = 'best') =>
    query ? `/tafuta?q=${encodeURIComponent(query)}${order === 'new' ? '&sort=new' : ''}` : '/tafuta',
  /** A day of the archive (`2026-11-28`), its first page or a later one. */
  day: (day: string, page = 1) => (page === 1 ? `/tarehe/${day}` : `/tarehe/${day}/${page}`),
  /** A month of the archive (`2026-11`). */
  month: (month: string) => `/tarehe/${month}`,
  notFound: () => '/404',
  offline: () => '/offline',
};

/** Keeps the reader's language in links, so a shared or opened link shows the same language. */
export function withLanguage(path: string, lang: Language): string {
  if (lang === 'sw') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}
