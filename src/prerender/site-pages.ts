// Every page the build writes: each page of the headline list, every post, and the not-found page.
import { paths } from '../app/paths.ts';
import type { IndexPageJson, PopularJson, PostJson } from '../content/site-json.ts';
import type { PageData } from './page-data.ts';

export interface SiteContent {
  pages: readonly IndexPageJson[];
  popular: PopularJson;
  posts: readonly PostJson[];
}

export interface SitePage {
  /** The URL path the page answers. */
  path: string;
  /** The file under the output folder: `/habari/x` is `habari/x.html`, as static hosts serve it. */
  file: string;
  data: PageData;
}

export function sitePages(site: SiteContent): SitePage[] {
  const page = (path: string, data: PageData): SitePage => ({ path, file: htmlFileFor(path), data });
  return [
    ...site.pages.map((list) =>
      page(paths.listPage(list.page), { kind: 'list', page: list, popular: site.popular }),
    ),
    ...site.posts.map((post) => page(paths.post(post.slug), { kind: 'post', post })),
    page(paths.notFound(), { kind: 'not-found' }),
  ];
}

export function htmlFileFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}
