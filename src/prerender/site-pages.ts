// The pages the build writes and the URL each answers: the front page, the numbered pages of the list, every
// post, the days and months of the archive, and the pages with no data of their own (search, not found,
// offline).
import { paths } from '../services/paths.ts';
import type { DayPageJson, IndexPageJson, MonthJson, PopularJson, PostJson } from '../content/site-json.ts';
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

export function listPage(page: IndexPageJson, popular: PopularJson | null): SitePage {
  return sitePage(page.page === null ? paths.home() : paths.listPage(page.page), {
    kind: 'list',
    page,
    popular,
  });
}

export function dayPage(page: DayPageJson): SitePage {
  return sitePage(paths.day(page.day, page.page), { kind: 'day', page });
}

export function monthPage(page: MonthJson): SitePage {
  return sitePage(paths.month(page.month), { kind: 'month', page });
}

export function postPage(post: PostJson): SitePage {
  return sitePage(paths.post(post.slug), { kind: 'post', post });
}

export type FixedPage = 'search' | 'not-found' | 'offline';

export const FIXED_PAGES: readonly FixedPage[] = ['search', 'not-found', 'offline'];

/** Pages with no data of their own: search (filled in the browser), not found, offline. */
export function fixedPage(page: FixedPage): SitePage {
  switch (page) {
    case 'search':
      return sitePage(paths.search(), { kind: 'search' });
    case 'not-found':
      return sitePage(paths.notFound(), { kind: 'not-found' });
    case 'offline':
      return sitePage(paths.offline(), { kind: 'offline' });
  }
}

export function htmlFileFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}
