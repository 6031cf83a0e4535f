// Sitemaps for search engines: `sitemap.xml` is an index of sitemap files of at most 50,000 URLs each (the
// protocol's limit), one series for the pages of the list and one for the posts. Both series run in order of
// publication, so a new article changes the last file of a series and no other. Written with the `sitemap`
// package, which escapes and formats to the protocol.
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { paths } from '../app/paths.ts';

export const SITEMAP_INDEX = 'sitemap.xml';
export const URLS_PER_SITEMAP = 50_000;

export interface SitemapFile {
  fileName: string;
  /** Site paths, in order. */
  paths: string[];
}

/** The sitemap files of a site with `listPages` numbered list pages and these posts (in order of appearance). */
export function sitemapFiles(listPages: number, postSlugs: readonly string[]): SitemapFile[] {
  const pagePaths = [
    paths.home(),
    ...Array.from({ length: listPages }, (_, index) => paths.listPage(index + 1)),
  ];
  return [
    ...series('pages', pagePaths),
    ...series(
      'posts',
      postSlugs.map((slug) => paths.post(slug)),
    ),
  ];
}

function series(name: string, sitePaths: readonly string[]): SitemapFile[] {
  const files: SitemapFile[] = [];
  for (let start = 0; start < sitePaths.length; start += URLS_PER_SITEMAP) {
    files.push({
      fileName: `sitemaps/${name}-${files.length + 1}.xml`,
      paths: sitePaths.slice(start, start + URLS_PER_SITEMAP),
    });
  }
  return files;
}

export async function sitemapXml(sitePaths: readonly string[], siteUrl: string): Promise<string> {
  const stream = new SitemapStream({
    hostname: siteUrl,
    xmlns: { news: false, xhtml: false, image: false, video: false },
  });
  return (await streamToPromise(Readable.from(sitePaths.map((url) => ({ url }))).pipe(stream))).toString();
}

export async function sitemapIndexXml(fileNames: readonly string[], siteUrl: string): Promise<string> {
  const stream = new SitemapIndexStream();
  const entries = fileNames.map((fileName) => ({ url: new URL(fileName, siteUrl).href }));
  return (await streamToPromise(Readable.from(entries).pipe(stream))).toString();
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, siteUrl).href}\n`;
}
