// Each route names itself here: its title, description and canonical path. In the browser the hook sets
// document.title and the description meta tag; while prerendering it hands them to the page writer instead.
import { createContext, useContext, useEffect } from 'react';

export interface PageMeta {
  title: string;
  description: string;
  /** Path of the canonical URL (no language, no query). */
  path: string;
  type: 'website' | 'article';
  /** An article's own facts, for search engines (Open Graph and schema.org NewsArticle in the page's head). */
  article?: { headline: string; englishHeadline: string | null; published: string | null };
}

/** Given by the prerender: receives the meta of the page being rendered. */
export type CollectPageMeta = (meta: PageMeta) => void;

export const PageMetaCollectorContext = createContext<CollectPageMeta | null>(null);

export function usePageMeta(meta: PageMeta): void {
  const collect = useContext(PageMetaCollectorContext);
  collect?.(meta);
  const { title, description } = meta;
  useEffect(() => {
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [title, description]);
}
