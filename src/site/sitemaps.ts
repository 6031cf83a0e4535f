// Sitemaps for search engines: `sitemap.xml` is an index of sitemap files of at most 50,000 URLs each (the
// protocol's limit), a series each for the pages of the list, the posts, the days and the months of the archive.
// Every series runs in order of publication, so a new article changes the last file of a series and no other. A
// dated article and a day carry <lastmod>: when the article (the day's newest) was published. Written with the
// `sitemap` package, which escapes and formats to the protocol.
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { paths } from '../services/paths.ts';
import { momentOf } from '../seeds/seed-date.ts';

export const SITEMAP_INDEX = 'sitemap.xml';
export const URLS_PER_SITEMAP = 50_000;

/** A page of the site, and when it last changed, if that is known. */
export interface SitemapEntry {
  path: string;
  /** A published date (src/seeds/seed-date.ts). */
  lastmod: string | null;
}

export interface SitemapFile {
  fileName: string;
  /** In order. */
  entries: SitemapEntry[];
}

export interface SitemapSite {
  listPages: number;
  /** In order of appearance. */
  posts: ReadonlyArray<{ slug: string; date: string | null }>;
  /** The days of the archive, oldest first, each with how many pages it has and its newest article's date. */
  days: ReadonlyArray<{ day: string; pages: number; newest: string }>;
  /** The months of the archive, oldest first. */
  months: readonly string[];
}

export function sitemapFiles(site: SitemapSite): SitemapFile[] {
  const undated = (path: string): SitemapEntry => ({ path, lastmod: null });
  return [
    ...series('pages', [
      undated(paths.home()),
      ...Array.from({ length: site.listPages }, (_, index) => undated(paths.listPage(index + 1))),
    ]),
    ...series(
      'posts',
      site.posts.map((post) => ({ path: paths.post(post.slug), lastmod: post.date })),
    ),
    ...series(
      'days',
      site.days.flatMap((day) =>
        Array.from({ length: day.pages }, (_, page) => ({
          path: paths.day(day.day, page + 1),
          lastmod: day.newest,
        })),
      ),
    ),
    ...series(
      'months',
      site.months.map((month) => undated(paths.month(month))),
    ),
  ];
}

function series(name: string, entries: readonly SitemapEntry[]): SitemapFile[] {
  const files: SitemapFile[] = [];
  for (let start = 0; start < entries.length; start += URLS_PER_SITEMAP) {
    files.push({
      fileName: `sitemaps/${name}-${files.length + 1}.xml`,
      entries: entries.slice(start, start + URLS_PER_SITEMAP),
    });
  }
  return files;
}

/** `zone`: the site's time zone, which makes a date without a time a moment (its local midnight). */
export async function sitemapXml(
  entries: readonly SitemapEntry[],
  siteUrl: string,
  zone: string,
): Promise<string> {
  const stream = new SitemapStream({
    hostname: siteUrl,
    xmlns: { news: false, xhtml: false, image: false, video: false },
  });
  const urls = entries.map((entry) =>
    entry.lastmod === null
      ? { url: entry.path }
      : { url: entry.path, lastmod: momentOf(entry.lastmod, zone) },
  );
  return (await streamToPromise(Readable.from(urls).pipe(stream))).toString();
}

export async function sitemapIndexXml(fileNames: readonly string[], siteUrl: string): Promise<string> {
  const stream = new SitemapIndexStream();
  const entries = fileNames.map((fileName) => ({ url: new URL(fileName, siteUrl).href }));
  return (await streamToPromise(Readable.from(entries).pipe(stream))).toString();
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, siteUrl).href}\n`;
}
