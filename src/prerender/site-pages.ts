// The pages the build writes: each page of the headline list, every post, and the not-found page.
import { paths } from '../app/paths.ts';
import type { IndexPageJson, PopularJson, PostJson } from '../content/site-json.ts';
import type { PageData } from './page-data.ts';

export interface SitePage {
  /** The URL path the page answers. */
  path: string;
  /** The file under the output folder: `/habari/x` is `habari/x.html`, as static hosts serve it. */
  file: string;
  data: PageData;
}

function sitePage(path: string, data: PageData): SitePage {
  return { path, file: htmlFileFor(path), data };
}

export function listPages(pages: readonly IndexPageJson[], popular: PopularJson): SitePage[] {
  return pages.map((page) => sitePage(paths.listPage(page.page), { kind: 'list', page, popular }));
}

export function postPage(post: PostJson): SitePage {
  return sitePage(paths.post(post.slug), { kind: 'post', post });
}

/** Pages with no data of their own: search (filled in the browser), not found, offline. */
export function fixedPages(): SitePage[] {
  return [
    sitePage(paths.search(), { kind: 'search' }),
    sitePage(paths.notFound(), { kind: 'not-found' }),
    sitePage(paths.offline(), { kind: 'offline' }),
  ];
}

export function htmlFileFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}
