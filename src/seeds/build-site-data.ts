// From parsed seeds to everything the site publishes: posts with slugs, the paged headline list and the popular posts.
// Pure: the Vite plugin reads the files and writes the JSON; this decides what goes in it.
import {
  HEADLINES_PER_PAGE,
  POPULAR_ON_HOME,
} from '../content/data-files.ts';
import type {
  Headline,
  IndexPageJson,
  PopularJson,
  PopularPost,
  PostJson,
  PostSummary,
} from '../content/site-json.ts';
import { normalizeHeadline } from './normalize-headline.ts';
import type { SeedArticle } from './parse-seed.ts';
import { relatedArticles } from './related-posts.ts';
import { slugify } from './slugify.ts';

export interface ParsedSeed {
  /** Path as the editor knows it, for example `seeds/001_abc.txt`. */
  file: string;
  article: SeedArticle;
}

/** English headlines written by the project's editors, keyed by the Swahili headline. */
export type EditorsHeadlines = Readonly<Record<string, string>>;

export interface SiteData {
  /** Articles in seed order, then the headline-only posts in order of first mention. */
  posts: PostJson[];
  pages: IndexPageJson[];
  popular: PopularJson;
  /** Things the editors should hear about; none of them stops the build. */
  warnings: string[];
}

/** How many articles a headline-only post names as listing it. */
const LISTED_IN_LIMIT = 10;

/** Related articles shown under an article's popular posts. */
const RELATED_LIMIT = 4;

export function buildSiteData(seeds: readonly ParsedSeed[], editors: EditorsHeadlines): SiteData {
  const warnings: string[] = [];
  const editorsByKey = new Map<string, string>();
  for (const [swahili, english] of Object.entries(editors)) {
    editorsByKey.set(normalizeHeadline(swahili), english);
  }
  const usedEditorKeys = new Set<string>();
  const headlineOf = (sw: string, source: string | null): Headline => {
    if (source) return { sw, en: source, enBy: 'source' };
    const key = normalizeHeadline(sw);
    const fromEditors = editorsByKey.get(key);
    if (fromEditors === undefined) return { sw, en: null, enBy: null };
    usedEditorKeys.add(key);
    return { sw, en: fromEditors, enBy: 'editors' };
  };

  const slugs = new SlugAllocator();
  const posts: PostJson[] = [];
  const postByKey = new Map<string, PostJson>();
  const fileOfKey = new Map<string, string>();

  for (const { file, article } of seeds) {
    const key = normalizeHeadline(article.headline);
    const post: PostJson = {
      slug: slugs.allocate(article.headline),
      headline: headlineOf(article.headline, article.englishHeadline),
      standfirst: article.standfirst,
      hasBody: true,
      body: article.body,
      popular: [],
      listedIn: [],
      related: [],
    };
    posts.push(post);
    const first = fileOfKey.get(key);
    if (first === undefined) {
      postByKey.set(key, post);
      fileOfKey.set(key, file);
    } else {
      warnings.push(
        `${file}: same headline as ${first}; both are published, as /habari/${postByKey.get(key)?.slug} and /habari/${post.slug}`,
      );
    }
  }

  const listings = new Map<PostJson, number>();
  seeds.forEach(({ article }, index) => {
    const articlePost = posts[index];
    if (!articlePost) return;
    for (const popularHeadline of article.popular) {
      const key = normalizeHeadline(popularHeadline);
      let target = postByKey.get(key);
      if (!target) {
        target = {
          slug: slugs.allocate(popularHeadline),
          headline: headlineOf(popularHeadline, null),
          standfirst: null,
          hasBody: false,
          body: [],
          popular: [],
          listedIn: [],
          related: [],
        };
        postByKey.set(key, target);
        posts.push(target);
      }
      if (target === articlePost) continue;
      articlePost.popular.push(summarize(target));
      listings.set(target, (listings.get(target) ?? 0) + 1);
      if (target.listedIn.length < LISTED_IN_LIMIT) target.listedIn.push(summarize(articlePost));
    }
  });

  for (const swahili of Object.keys(editors)) {
    if (!usedEditorKeys.has(normalizeHeadline(swahili))) {
      warnings.push(
        `seeds/headlines.en.json: no post has the headline "${swahili}"; its English is not used`,
      );
    }
  }

  const articles = posts.filter((post) => post.hasBody);
  addRelated(articles, seeds);
  return {
    posts,
    pages: paginate(articles.map(summarize)),
    popular: { posts: mostListed(listings) },
    warnings,
  };
}

/** Related articles by content, leaving out those the seed already lists as popular. */
function addRelated(articles: PostJson[], seeds: readonly ParsedSeed[]): void {
  const related = relatedArticles(
    seeds.map(({ article }) => ({
      headline: article.headline,
      english: article.englishHeadline,
      standfirst: article.standfirst,
      body: article.body,
    })),
    RELATED_LIMIT * 2,
  );
  articles.forEach((post, index) => {
    const popular = new Set(post.popular.map((entry) => entry.slug));
    post.related = (related[index] ?? [])
      .map((other) => articles[other])
      .filter((other): other is PostJson => other !== undefined && !popular.has(other.slug))
      .slice(0, RELATED_LIMIT)
      .map(summarize);
  });
}

export function summarize(post: PostSummary): PostSummary {
  return {
    slug: post.slug,
    headline: post.headline,
    standfirst: post.standfirst,
    hasBody: post.hasBody,
  };
}

function paginate(summaries: PostSummary[]): IndexPageJson[] {
  const pageCount = Math.max(1, Math.ceil(summaries.length / HEADLINES_PER_PAGE));
  return Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    pageCount,
    total: summaries.length,
    posts: summaries.slice(index * HEADLINES_PER_PAGE, (index + 1) * HEADLINES_PER_PAGE),
  }));
}

/** Most often listed first; among equals, the one mentioned first. */
function mostListed(listings: ReadonlyMap<PostJson, number>): PopularPost[] {
  return [...listings]
    .map(([post, listedBy], order) => ({ post, listedBy, order }))
    .sort((a, b) => b.listedBy - a.listedBy || a.order - b.order)
    .slice(0, POPULAR_ON_HOME)
    .map(({ post, listedBy }) => ({ ...summarize(post), listedBy }));
}

/** Hands out unique slugs; a repeated headline gets `-2`, `-3`, … in seed order, so the result is the same on every build. */
class SlugAllocator {
  private readonly taken = new Set<string>();

  allocate(headline: string): string {
    const base = slugify(headline);
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}
