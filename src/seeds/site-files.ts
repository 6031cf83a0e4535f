// The JSON files a build publishes for a site: one per index page, one for the popular posts, one per post.
import { dataFiles } from '../content/data-files.ts';
import type { SiteData } from './build-site-data.ts';

export interface DataFile {
  fileName: string;
  source: string;
}

export function siteFiles(site: SiteData): DataFile[] {
  return [
    ...site.pages.map((page) => ({ fileName: dataFiles.indexPage(page.page), source: JSON.stringify(page) })),
    { fileName: dataFiles.popular(), source: JSON.stringify(site.popular) },
    ...site.posts.map((post) => ({ fileName: dataFiles.post(post.slug), source: JSON.stringify(post) })),
  ];
}
