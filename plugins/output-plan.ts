// The output stage's plan: every output of the site as a unit (a post, a numbered page of the list, the front
// page, a fixed page, a feed or sitemap file), each with a key made from exactly the inputs its files are
// made from. A unit is written when its key differs from the last build's; a unit of the last build that is
// gone has its files removed. "Why was this page rebuilt?" is answered here: its key changed.
import { hash } from 'node:crypto';
import { paths } from '../src/services/paths.ts';
import { dataFiles } from '../src/content/data-files.ts';
import type { IndexPageJson, PopularJson, PostSummary } from '../src/content/site-json.ts';
import { withCompressed, type OutputFile } from '../src/prerender/output-files.ts';
import type { RenderJob } from '../src/prerender/render-jobs.ts';
import { shardFile } from '../src/search/search-shards.ts';
import { FIXED_PAGES, htmlFileFor, type FixedPage } from '../src/prerender/site-pages.ts';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import { relatedOf, type RelatedTable } from '../src/site/related-articles.ts';
import { FEED_LIMIT, feedXml } from '../src/site/feed-xml.ts';
import { frontPage, frontPageNumbers, numberedPage, pageCount, pageRange } from '../src/site/list-pages.ts';
import {
  archiveCalendar,
  dayPage,
  dayPageCount,
  dayPagePositions,
  monthPage,
  recentMonths,
  type ArchiveCalendar,
  type ArchiveDay,
} from '../src/site/archive-days.ts';
import { summaryOf, type SiteModel } from '../src/site/site-model.ts';
import { DIGEST_BYTES, UnitKey } from './unit-key.ts';
import { robotsTxt, SITEMAP_INDEX, sitemapFiles, sitemapIndexXml, sitemapXml } from '../src/site/sitemaps.ts';

/** A file the build's main thread writes (feed, sitemaps, robots.txt), made only when its key changed. */
export interface FileUnit {
  id: string;
  key: string;
  make: () => Promise<OutputFile[]>;
}

/** Related articles an article shows. */
export const RELATED_SHOWN = 4;

export class SiteOutputs {
  /** Each post's summary digest, made once: 20 bytes a post, not a string of 40 hex digits. */
  private readonly summaryDigests: Buffer;
  private readonly summaryDigested: Uint8Array;

  private readonly unitKey = new UnitKey();
  /** The archive by day, from the articles' dates. */
  readonly calendar: ArchiveCalendar;
  /** A day's place in the calendar, by day. */
  private readonly dayAt: Map<string, number>;

  constructor(
    readonly model: SiteModel,
    readonly records: readonly SeedRecord[],
    /** Related articles of each record, by position in publication order. */
    readonly related: RelatedTable,
    /** Changes every key when the code (or anything else every page depends on) changes. */
    private readonly codeKey: string,
    /** The site's time zone: feeds and sitemaps give a date without a time its local midnight. */
    private readonly timeZone: string,
  ) {
    this.summaryDigests = Buffer.alloc(model.posts.length * DIGEST_BYTES);
    this.summaryDigested = new Uint8Array(model.posts.length);
    this.calendar = archiveCalendar(model.articles.map((post) => model.posts[post]?.date ?? null));
    this.dayAt = new Map(this.calendar.days.map((day, at) => [day.day, at]));
  }

  get articleCount(): number {
    return this.model.articles.length;
  }

  /** Every unit of the site with its key. */
  *units(): Generator<[id: string, key: string]> {
    for (let post = 0; post < this.model.posts.length; post++) {
      const { slug } = this.model.posts[post] as SiteModel['posts'][number];
      yield [`post:${slug}`, this.postKey(post)];
    }
    const pages = pageCount(this.articleCount);
    for (let page = 1; page <= pages; page++) yield [`page:${page}`, this.numberedPageKey(page)];
    yield ['front', this.frontKey()];
    for (const page of FIXED_PAGES) yield [`fixed:${page}`, this.key('fixed').text(page).finish()];
    for (let at = 0; at < this.calendar.days.length; at++) {
      const day = this.calendar.days[at] as ArchiveDay;
      for (let page = 1; page <= dayPageCount(day); page++)
        yield [dayUnit(day.day, page), this.dayKey(at, page)];
    }
    for (let at = 0; at < this.calendar.months.length; at++) {
      yield [`month:${this.calendar.months[at]?.month}`, this.monthKey(at)];
    }
  }

  /**
   * The feed, the sitemaps and robots.txt. `firstParagraph(name)` reads a seed's first paragraph: the feed's
   * summary of an article with no standfirst.
   */
  *fileUnits(siteUrl: string, firstParagraph: (seedName: string) => string): Generator<FileUnit> {
    const newest: number[] = [];
    for (let position = this.articleCount - 1; position >= 0 && newest.length < FEED_LIMIT; position--) {
      newest.push(position);
    }
    yield {
      id: 'file:feed.xml',
      key: this.feedKey(siteUrl, newest),
      make: async () => [
        ...withCompressed({
          fileName: 'feed.xml',
          source: feedXml(
            newest.map((position) => this.feedItem(position, firstParagraph)),
            siteUrl,
            this.timeZone,
          ),
        }),
      ],
    };
    const sitemaps = sitemapFiles({
      listPages: pageCount(this.articleCount),
      posts: this.model.posts,
      days: this.calendar.days.map((day) => ({
        day: day.day,
        pages: dayPageCount(day),
        newest: this.model.posts[this.model.articles[day.positions.at(-1) as number] as number]
          ?.date as string,
      })),
      months: this.calendar.months.map((month) => month.month),
    });
    for (const sitemap of sitemaps) {
      yield {
        id: `file:${sitemap.fileName}`,
        key: this.texts(
          this.key('sitemap').text(siteUrl),
          sitemap.entries.map((entry) => `${entry.path} ${entry.lastmod}`),
        ).finish(),
        make: async () =>
          withCompressed({
            fileName: sitemap.fileName,
            source: await sitemapXml(sitemap.entries, siteUrl, this.timeZone),
          }),
      };
    }
    const names = sitemaps.map((sitemap) => sitemap.fileName);
    yield {
      id: `file:${SITEMAP_INDEX}`,
      key: this.texts(this.key('sitemap index').text(siteUrl), names).finish(),
      make: async () =>
        withCompressed({ fileName: SITEMAP_INDEX, source: await sitemapIndexXml(names, siteUrl) }),
    };
    yield {
      id: 'file:robots.txt',
      key: this.key('robots').text(siteUrl).finish(),
      make: async () => withCompressed({ fileName: 'robots.txt', source: robotsTxt(siteUrl) }),
    };
  }

  private feedKey(siteUrl: string, newest: readonly number[]): string {
    const key = this.key('feed').text(siteUrl).count(newest.length);
    for (const position of newest) {
      this.summary(key, this.model.articles[position] as number).text(this.records[position]?.digest ?? '');
    }
    return key.finish();
  }

  private feedItem(position: number, firstParagraph: (seedName: string) => string) {
    const post = this.model.posts[this.model.articles[position] as number] as SiteModel['posts'][number];
    const record = this.records[position] as SeedRecord;
    return {
      slug: post.slug,
      title: post.headline.sw,
      description: post.standfirst ?? firstParagraph(record.name),
      date: post.date,
    };
  }

  /** What a worker needs to write a unit. */
  job(id: string): RenderJob {
    const [kind, name = ''] = splitId(id);
    switch (kind) {
      case 'post':
        return this.postJob(this.postOfSlug(name));
      case 'page':
        return {
          kind: 'list',
          page: numberedPage(Number(name), this.articleCount, this.summaryAt),
          popular: null,
        };
      case 'front':
        return { kind: 'list', page: this.frontPageJson(), popular: this.popular() };
      case 'fixed':
        return { kind: 'fixed', page: name as FixedPage };
      case 'day': {
        const [day, page] = dayOfUnit(name);
        const at = this.dayAt.get(day);
        if (at === undefined) throw new Error(`no day ${day} in the archive`);
        return { kind: 'day', page: dayPage(this.calendar, at, page, this.summaryAt) };
      }
      case 'month': {
        const at = this.calendar.months.findIndex((month) => month.month === name);
        if (at < 0) throw new Error(`no month ${name} in the archive`);
        return { kind: 'month', page: monthPage(this.calendar, at) };
      }
      default:
        throw new Error(`no render job for the unit ${id}`);
    }
  }

  private postSlugs: Map<string, number> | null = null;
  private nextPost = 0;

  /**
   * Units are written in the order units() gives them, so each post is looked for from the last one found: a
   * clean build of a million posts finds every one without a map of all their slugs. Asked out of order (the
   * dev server), it makes the map.
   */
  private postOfSlug(slug: string): number {
    const { posts } = this.model;
    for (let post = this.nextPost; post < posts.length; post++) {
      if ((posts[post] as SiteModel['posts'][number]).slug === slug) {
        this.nextPost = post + 1;
        return post;
      }
    }
    this.postSlugs ??= new Map(posts.map((post, index) => [post.slug, index]));
    const post = this.postSlugs.get(slug);
    if (post === undefined) throw new Error(`no post /habari/${slug}`);
    return post;
  }

  private postJob(index: number): RenderJob {
    const post = this.model.posts[index] as SiteModel['posts'][number];
    const record = post.seed >= 0 ? this.records[post.seed] : undefined;
    return {
      kind: 'post',
      summary: summaryOf(post),
      seed: record ? { name: record.name, digest: record.digest } : null,
      popular: post.popular.map(this.summaryOfPost),
      listedIn: post.listedIn.map(this.summaryOfPost),
      related: this.relatedPosts(index).map(this.summaryOfPost),
    };
  }

  /** The articles shown as related to a post: its most similar, less those it already lists as popular. */
  private relatedPosts(index: number): number[] {
    const post = this.model.posts[index] as SiteModel['posts'][number];
    if (post.seed < 0) return [];
    const shown: number[] = [];
    for (const position of relatedOf(this.related, post.seed)) {
      const other = this.model.articles[position] as number;
      if (!post.popular.includes(other)) shown.push(other);
      if (shown.length === RELATED_SHOWN) break;
    }
    return shown;
  }

  private popular(): PopularJson {
    return {
      posts: this.model.popular.map(({ post, listedBy }) => ({
        ...this.summaryOfPost(post),
        listedBy,
      })),
    };
  }

  private readonly summaryOfPost = (post: number): PostSummary =>
    summaryOf(this.model.posts[post] as SiteModel['posts'][number]);

  private readonly summaryAt = (position: number): PostSummary =>
    this.summaryOfPost(this.model.articles[position] as number);

  /** Adds a post's summary to a key, as the digest of its JSON (made once a post). */
  private summary(key: UnitKey, post: number): UnitKey {
    const at = post * DIGEST_BYTES;
    if (!this.summaryDigested[post]) {
      hash('sha1', JSON.stringify(this.summaryOfPost(post)), 'buffer').copy(this.summaryDigests, at);
      this.summaryDigested[post] = 1;
    }
    return key.digest(this.summaryDigests, at);
  }

  private summaries(key: UnitKey, posts: readonly number[]): UnitKey {
    key.count(posts.length);
    for (const post of posts) this.summary(key, post);
    return key;
  }

  private texts(key: UnitKey, texts: readonly string[]): UnitKey {
    key.count(texts.length);
    for (const text of texts) key.text(text);
    return key;
  }

  private key(kind: string): UnitKey {
    return this.unitKey.begin(this.codeKey, kind);
  }

  private postKey(index: number): string {
    const post = this.model.posts[index] as SiteModel['posts'][number];
    const key = this.summary(this.key('post'), index).text(
      post.seed >= 0 ? (this.records[post.seed]?.digest ?? '') : '-',
    );
    this.summaries(key, post.popular);
    this.summaries(key, post.listedIn);
    return this.summaries(key, this.relatedPosts(index)).finish();
  }

  /** Adds the summaries of the articles at positions [first, end). */
  private positions(key: UnitKey, first: number, end: number): UnitKey {
    key.count(end - first);
    for (let position = first; position < end; position++) {
      this.summary(key, this.model.articles[position] as number);
    }
    return key;
  }

  private numberedPageKey(page: number): string {
    const [first, end] = pageRange(page, this.articleCount);
    const key = this.key('page')
      .text(page)
      .text(page < pageCount(this.articleCount) ? 1 : 0);
    return this.positions(key, first, end).finish();
  }

  private frontKey(): string {
    const oldestShown = frontPageNumbers(this.articleCount).at(-1) ?? 1;
    const [first] = pageRange(oldestShown, this.articleCount);
    const key = this.positions(this.key('front').text(first), first, this.articleCount);
    return key
      .text(JSON.stringify(this.popular()))
      .text(JSON.stringify(recentMonths(this.calendar)))
      .finish();
  }

  /** The front page: the newest headlines, and the newest months of the archive when it is dated. */
  private frontPageJson(): IndexPageJson {
    const page = frontPage(this.articleCount, this.summaryAt);
    const months = recentMonths(this.calendar);
    return months.length > 0 ? { ...page, months } : page;
  }

  private dayKey(at: number, page: number): string {
    const day = this.calendar.days[at] as ArchiveDay;
    const key = this.key('day')
      .text(day.day)
      .text(page)
      .text(dayPageCount(day))
      .text(this.calendar.days[at - 1]?.day ?? null)
      .text(this.calendar.days[at + 1]?.day ?? null);
    const newestFirst = dayPagePositions(day, page);
    key.count(newestFirst.length);
    for (const position of newestFirst) this.summary(key, this.model.articles[position] as number);
    return key.finish();
  }

  private monthKey(at: number): string {
    return this.key('month')
      .text(JSON.stringify(monthPage(this.calendar, at)))
      .finish();
  }
}

/** The unit of a page of a day: `day:2026-11-28`, `day:2026-11-28/2`. */
function dayUnit(day: string, page: number): string {
  return page === 1 ? `day:${day}` : `day:${day}/${page}`;
}

/** The day and the page a day unit's name (`2026-11-28`, `2026-11-28/2`) stands for. */
function dayOfUnit(name: string): [day: string, page: number] {
  const [day = '', page = '1'] = name.split('/');
  return [day, Number(page)];
}

function splitId(id: string): [string, string | undefined] {
  const colon = id.indexOf(':');
  return colon < 0 ? [id, undefined] : [id.slice(0, colon), id.slice(colon + 1)];
}

/** The files a unit writes (each with its compressed forms beside it, where it has them). */
export function unitFiles(id: string): string[] {
  const [kind, name = ''] = splitId(id);
  switch (kind) {
    case 'post':
      return [htmlFileFor(paths.post(name))];
    case 'page':
      return [dataFiles.indexPage(Number(name)), htmlFileFor(paths.listPage(Number(name)))];
    case 'front':
      return [dataFiles.frontPage(), htmlFileFor(paths.home()), dataFiles.popular()];
    case 'fixed': {
      const page = name as FixedPage;
      return [
        htmlFileFor(
          page === 'search' ? paths.search() : page === 'not-found' ? paths.notFound() : paths.offline(),
        ),
      ];
    }
    case 'day': {
      const [day, page] = dayOfUnit(name);
      return [dataFiles.dayPage(day, page), htmlFileFor(paths.day(day, page))];
    }
    case 'month':
      return [dataFiles.month(name), htmlFileFor(paths.month(name))];
    case 'file':
      return [name];
    case 'search':
      return [shardFile(name)];
    default:
      throw new Error(`unknown output unit ${id}`);
  }
}
