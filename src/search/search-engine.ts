// What a search does in the browser: fetch the manifest and the shards the query's words need (each once, kept
// for the next query), rank the matches in slices (src/search/search-index.ts), then read the shown results'
// headlines and standfirsts from the pages of the list that hold them and mark the matching words. Anything
// that cannot be fetched fails the search with a DataError, which the page shows with Retry.
import { DataError } from '../api/data-errors.ts';
import { HEADLINES_PER_PAGE, indexPageFile } from '../content/data-files.ts';
import type { IndexPageJson, PostSummary } from '../content/site-json.ts';
import { highlight, type Highlighted } from './highlight.ts';
import { rankArticles, type Pause, type SearchOrder, type SearchResult } from './search-index.ts';
import {
  decodeShard,
  SEARCH_MANIFEST,
  shardFile,
  shardsFor,
  type SearchManifestJson,
  type ShardWord,
} from './search-shards.ts';
import { queryWords } from './tokenize.ts';

/** A result as the page shows it: the post's summary, with the matching words marked. */
export interface SearchCard {
  slug: string;
  hasBody: boolean;
  date: string | null;
  enBy: PostSummary['headline']['enBy'];
  sw: Highlighted;
  en: Highlighted | null;
  standfirst: Highlighted | null;
}

export interface SearchAnswer {
  total: number;
  /** Results from the first, best first: as many as were asked for, or all there are. */
  cards: SearchCard[];
  /** True when there are more results than these. */
  more: boolean;
}

/** Matches ranked at a time: "Show more" past them ranks again. */
const RANKED = 100;

const pauseWithTimeout: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));

export function createSearchEngine(base: string, pause: Pause = pauseWithTimeout) {
  const cache = new Map<string, Promise<unknown>>();
  let last: {
    query: string;
    order: SearchOrder;
    limit: number;
    result: Promise<SearchResult & { articles: number }>;
  } | null = null;

  /** A file of the site, fetched once and kept; null if there is none. A failure is not kept: Retry asks again. */
  const load = <T>(fileName: string, read: (response: Response) => Promise<T>): Promise<T | null> => {
    let value = cache.get(fileName) as Promise<T | null> | undefined;
    if (!value) {
      const url = `${base}${fileName}`;
      value = fetch(url).then(
        async (response) => {
          if (response.status === 404) return null;
          if (!response.ok) throw new DataError(url, `HTTP ${response.status}`);
          return read(response).catch((error: unknown) => {
            throw new DataError(url, String(error));
          });
        },
        (error: unknown) => {
          throw new DataError(url, String(error));
        },
      );
      cache.set(fileName, value);
      value.catch(() => cache.delete(fileName));
    }
    return value;
  };

  const rank = async (query: string, limit: number, order: SearchOrder) => {
    const manifest = await load(
      SEARCH_MANIFEST,
      (response) => response.json() as Promise<SearchManifestJson>,
    );
    if (manifest?.format !== 2) throw new DataError(SEARCH_MANIFEST, 'no search index this page reads');
    const shardsOf = new Map(queryWords(query).map((word) => [word, shardsFor(word, manifest)]));
    const keys = [...new Set([...shardsOf.values()].flat())];
    const loaded = await Promise.all(
      keys.map((key) =>
        load(shardFile(key), async (response) => decodeShard(new Uint8Array(await response.arrayBuffer()))),
      ),
    );
    const byKey = new Map(keys.map((key, index) => [key, loaded[index] ?? []]));
    const wordsOf = (word: string): ShardWord[] =>
      (shardsOf.get(word) ?? []).flatMap((key) => byKey.get(key) ?? []);
    return {
      ...(await rankArticles(wordsOf, query, manifest.articles, limit, pause, order)),
      articles: manifest.articles,
    };
  };

  return {
    /** The first `count` results of a query, best first or newest first, ready to show. */
    async search(query: string, count: number, order: SearchOrder = 'best'): Promise<SearchAnswer> {
      const words = queryWords(query);
      if (words.length === 0) return { total: 0, cards: [], more: false };
      if (last?.query !== query || last.order !== order || last.limit < count) {
        const limit = Math.ceil(count / RANKED) * RANKED;
        const result = rank(query, limit, order);
        last = { query, order, limit, result };
        result.catch(() => (last = null));
      }
      const { hits, total, articles, forms } = await last.result;
      // The words marked: the query's, and those found as their other number.
      const marked = [...words, ...forms];
      const cards = await Promise.all(
        hits.slice(0, count).map(async ({ article }) => {
          const page = Math.floor(article / HEADLINES_PER_PAGE) + 1;
          const end = Math.min(page * HEADLINES_PER_PAGE, articles);
          const list = await load(
            indexPageFile(page),
            (response) => response.json() as Promise<IndexPageJson>,
          );
          // Newest first on a page of the list.
          const post = list?.posts?.[end - 1 - article];
          return post ? card(post, marked) : null;
        }),
      );
      return {
        total,
        cards: cards.filter((entry): entry is SearchCard => entry !== null),
        more: total > count,
      };
    },
  };
}

function card(post: PostSummary, words: readonly string[]): SearchCard {
  return {
    slug: post.slug,
    hasBody: post.hasBody,
    date: post.date,
    enBy: post.headline.enBy,
    sw: highlight(post.headline.sw, words),
    en: post.headline.en === null ? null : highlight(post.headline.en, words),
    standfirst: post.standfirst === null ? null : highlight(post.standfirst, words),
  };
}
