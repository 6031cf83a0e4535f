// The files a build publishes from the seeds: the JSON the app reads (index pages, popular posts, one file
// per post, the search index) and the feed, sitemap and robots.txt. Produced lazily, so a 10,000-article
// build never holds every file's text at once.
import { dataFiles } from '../content/data-files.ts';
import { buildSearchIndex } from '../search/build-search-index.ts';
import type { SiteData } from './build-site-data.ts';
import { feedXml } from './feed-xml.ts';
import { robotsTxt, sitemapXml } from './sitemap-xml.ts';

export interface DataFile {
  fileName: string;
  source: string;
}

export function* siteFiles(site: SiteData, siteUrl: string): Generator<DataFile> {
  for (const page of site.pages) {
    yield { fileName: dataFiles.indexPage(page.page), source: JSON.stringify(page) };
  }
  yield { fileName: dataFiles.popular(), source: JSON.stringify(site.popular) };
  for (const post of site.posts) {
    yield { fileName: dataFiles.post(post.slug), source: JSON.stringify(post) };
  }
  yield { fileName: dataFiles.searchIndex(), source: JSON.stringify(buildSearchIndex(site.posts)) };
  yield { fileName: 'feed.xml', source: feedXml(site.posts, siteUrl) };
  yield { fileName: 'sitemap.xml', source: sitemapXml(site.pages, site.posts, siteUrl) };
  yield { fileName: 'robots.txt', source: robotsTxt(siteUrl) };
}
