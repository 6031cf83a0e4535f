// From the seeds' records to the site's posts: slugs, headlines in both languages, popular posts, the articles
// that list each post, and the most listed posts. Pure, and built from metadata only (no article bodies), so
// it is cheap to make afresh on every build, whatever the size of the archive.
import type { Headline, PostSummary } from '../content/site-json.ts';
import type { EditorsHeadlines } from '../seeds/read-editors-headlines.ts';
import { normalizeHeadline } from '../seeds/normalize-headline.ts';
import { slugify } from '../seeds/slugify.ts';

/** What the model needs of a seed. */
export interface ModelSeed {
  /** The seed's file name in the seeds folder. */
  name: string;
  headline: string;
  standfirst: string | null;
  english: string | null;
  /** When it was published (src/seeds/seed-date.ts), or null. */
  date: string | null;
  popular: readonly string[];
}

export interface SitePost {
  slug: string;
  headline: Headline;
  standfirst: string | null;
  /** When the article was published; null for an undated article or a headline-only post. */
  date: string | null;
  /** The article's seed, by its place in publication order; -1 for a headline-only post. */
  seed: number;
  /** The posts this article lists as popular, in the seed's order. */
  popular: number[];
  /** The newest articles that list this post (at most LISTED_IN_LIMIT), newest first. */
  listedIn: number[];
  /** How many articles list this post. */
  listedBy: number;
  /** When it was first listed, counting listings in publication order (for ties among the most listed). */
  firstListed: number;
}

export interface SiteModel {
  /**
   * Every post, numbered in order of first appearance: each seed's article, then the popular headlines it is
   * the first to name. A new seed only adds posts at the end, so no existing post changes its slug.
   */
  posts: SitePost[];
  /** The post of each seed, in publication order (oldest first). */
  articles: number[];
  /** The most often listed posts, most listed first (ties: the first to be listed). */
  popular: Array<{ post: number; listedBy: number }>;
  warnings: string[];
}

/** How many articles a post names as listing it. */
export const LISTED_IN_LIMIT = 10;

/** Popular posts on the home page. */
export const POPULAR_ON_HOME = 10;

/** `shown(name)`: a seed's path as the editor knows it (`seeds/NAME`), for warnings. */
export function siteModel(
  seeds: readonly ModelSeed[],
  editors: EditorsHeadlines,
  shown: (name: string) => string = (name) => `seeds/${name}`,
): SiteModel {
  const warnings: string[] = [];
  // Headlines repeat (a popular post is named by many articles): each spelling is normalised once.
  const keyOf = memoized(normalizeHeadline);
  const editorsByKey = new Map<string, string>();
  for (const [swahili, english] of Object.entries(editors))
    editorsByKey.set(normalizeHeadline(swahili), english);
  const usedEditorKeys = new Set<string>();
  const headlineOf = (sw: string, source: string | null): Headline => {
    if (source) return { sw, en: source, enBy: 'source' };
    const key = keyOf(sw);
    const fromEditors = editorsByKey.get(key);
    if (fromEditors === undefined) return { sw, en: null, enBy: null };
    usedEditorKeys.add(key);
    return { sw, en: fromEditors, enBy: 'editors' };
  };

  // The article a headline names: the first seed with that headline.
  const seedOfKey = new Map<string, number>();
  const keys = seeds.map((seed, index) => {
    const key = keyOf(seed.headline);
    if (!seedOfKey.has(key)) seedOfKey.set(key, index);
    return key;
  });

  const slugs = new SlugAllocator();
  const posts: SitePost[] = [];
  const postOfKey = new Map<string, number>();
  const newPost = (headlineText: string, seed: number): number => {
    const source = seeds[seed];
    posts.push({
      slug: slugs.allocate(headlineText),
      headline: source ? headlineOf(source.headline, source.english) : headlineOf(headlineText, null),
      standfirst: source?.standfirst ?? null,
      date: source?.date ?? null,
      seed,
      popular: [],
      listedIn: [],
      listedBy: 0,
      firstListed: -1,
    });
    return posts.length - 1;
  };

  const articles: number[] = [];
  let listings = 0;
  seeds.forEach((seed, index) => {
    const key = keys[index] as string;
    let post: number;
    if (seedOfKey.get(key) === index) {
      post = postOfKey.get(key) ?? newPost(seed.headline, index);
      postOfKey.set(key, post);
    } else {
      post = newPost(seed.headline, index);
      const first = seeds[seedOfKey.get(key) as number];
      const firstSlug = posts[postOfKey.get(key) as number]?.slug;
      warnings.push(
        `${shown(seed.name)}: same headline as ${first ? shown(first.name) : ''}; both are published, as /habari/${firstSlug} and /habari/${posts[post]?.slug}`,
      );
    }
    articles.push(post);
    const article = posts[post] as SitePost;
    // Arrays made at their size: one grown by push keeps room for more (about 150 bytes for a few numbers),
    // which a million posts would feel.
    const popular: number[] = [];
    for (const popularHeadline of seed.popular) {
      const popularKey = keyOf(popularHeadline);
      let target = postOfKey.get(popularKey);
      if (target === undefined) {
        target = newPost(popularHeadline, seedOfKey.get(popularKey) ?? -1);
        postOfKey.set(popularKey, target);
      }
      if (target === post) continue;
      popular.push(target);
      const listed = posts[target] as SitePost;
      if (listed.listedBy++ === 0) listed.firstListed = listings++;
    }
    article.popular = popular.slice();
  });

  for (let index = articles.length - 1; index >= 0; index--) {
    const article = articles[index] as number;
    for (const target of (posts[article] as SitePost).popular) {
      const listed = posts[target] as SitePost;
      if (listed.listedIn.length < LISTED_IN_LIMIT) listed.listedIn = [...listed.listedIn, article];
    }
  }

  for (const swahili of Object.keys(editors)) {
    if (!usedEditorKeys.has(normalizeHeadline(swahili))) {
      warnings.push(
        `seeds/headlines.en.json: no post has the headline "${swahili}"; its English is not used`,
      );
    }
  }

  return { posts, articles, popular: mostListed(posts), warnings };
}

export function summaryOf(post: SitePost): PostSummary {
  return {
    slug: post.slug,
    headline: post.headline,
    standfirst: post.standfirst,
    date: post.date,
    hasBody: post.seed >= 0,
  };
}

function memoized(compute: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) known.set(text, (value = compute(text)));
    return value;
  };
}

function mostListed(posts: readonly SitePost[]): SiteModel['popular'] {
  const listed = posts.flatMap((post, index) => (post.listedBy > 0 ? [index] : []));
  const rank = (index: number) => posts[index] as SitePost;
  listed.sort((a, b) => rank(b).listedBy - rank(a).listedBy || rank(a).firstListed - rank(b).firstListed);
  return listed.slice(0, POPULAR_ON_HOME).map((post) => ({ post, listedBy: rank(post).listedBy }));
}

/** Hands out unique slugs; a repeated headline gets `-2`, `-3`, … in order of appearance. */
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
