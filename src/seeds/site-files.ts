// The JSON files a build publishes for a site: one per index page, one for the popular posts, one per post.
// Produced lazily, so a 10,000-article build never holds every file's text at once.
import { dataFiles } from '../content/data-files.ts';
import type { SiteData } from './build-site-data.ts';

export interface DataFile {
  fileName: string;
  source: string;
}

export function* siteFiles(site: SiteData): Generator<DataFile> {
  for (const page of site.pages) {
    yield { fileName: dataFiles.indexPage(page.page), source: JSON.stringify(page) };
  }
  yield { fileName: dataFiles.popular(), source: JSON.stringify(site.popular) };
  for (const post of site.posts) {
    yield { fileName: dataFiles.post(post.slug), source: JSON.stringify(post) };
  }
}
