// The output stage's plan: every output of the site as a unit (a post, a numbered page of the list, the front
// page, a fixed page, a feed or sitemap file), each with a key made from exactly the inputs its files are
// made from. A unit is written when its key differs from the last build's; a unit of the last build that is
// gone has its files removed. "Why was this page rebuilt?" is answered here: its key changed.
import { hash } from 'node:crypto';
import { paths } from '../src/app/paths.ts';
import { dataFiles } from '../src/content/data-files.ts';
import type { PopularJson, PostSummary } from '../src/content/site-json.ts';
import { withCompressed, type OutputFile } from '../src/prerender/output-files.ts';
import type { RenderJob } from '../src/prerender/render-jobs.ts';
import { shardFile } from '../src/search/search-shards.ts';
import { FIXED_PAGES, htmlFileFor, type FixedPage } from '../src/prerender/site-pages.ts';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import { relatedOf, type RelatedTable } from '../src/site/related-articles.ts';
import { FEED_LIMIT, feedXml } from '../src/site/feed-xml.ts';
import { frontPage, frontPageNumbers, numberedPage, pageCount, pageRange } from '../src/site/list-pages.ts';
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

  constructor(
    readonly model: SiteModel,
    readonly records: readonly SeedRecord[],
    /** Related articles of each record, by position in publication order. */
    readonly related: RelatedTable,
    /** Changes every key when the code (or anything else every page depends on) changes. */
    private readonly codeKey: string,
  ) {
    this.summaryDigests = Buffer.alloc(model.posts.length * DIGEST_BYTES);
    this.summaryDigested = new Uint8Array(model.posts.length);
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
          ),
        }),
      ],
    };
    const sitemaps = sitemapFiles(
      pageCount(this.articleCount),
      this.model.posts.map((post) => post.slug),
    );
    for (const sitemap of sitemaps) {
      yield {
        id: `file:${sitemap.fileName}`,
        key: this.texts(this.key('sitemap').text(siteUrl), sitemap.paths).finish(),
        make: async () =>
          withCompressed({ fileName: sitemap.fileName, source: await sitemapXml(sitemap.paths, siteUrl) }),
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
        return { kind: 'list', page: frontPage(this.articleCount, this.summaryAt), popular: this.popular() };
      case 'fixed':
        return { kind: 'fixed', page: name as FixedPage };
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
    return key.text(JSON.stringify(this.popular())).finish();
  }
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
    case 'file':
      return [name];
    case 'search':
      return [shardFile(name)];
    default:
      throw new Error(`unknown output unit ${id}`);
  }
}
