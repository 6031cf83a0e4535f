// Search over the shards a query needs (src/search/search-shards.ts). Pure and synchronous, so the benchmark
// times exactly what the browser's search worker runs.
import { PREFIX_FROM, shardKey, type ShardWord } from './search-shards.ts';
import { queryWords } from './tokenize.ts';

export interface SearchHit {
  /** The article's number in publication order. */
  article: number;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
}

/** The shards a query needs, one per word at most. */
export function shardKeysFor(query: string): string[] {
  return [...new Set(queryWords(query).map(shardKey))];
}

/**
 * Articles that contain every word of the query (a word of three letters or more may be the start of a longer
 * one), best first: by the sum over query words of field weight × rarity, rarity = ln(1 + articles ÷ articles
 * with the word). Ties: the newer article first. `shards` maps a shard key to its words (absent: none).
 */
export function searchShards(
  shards: ReadonlyMap<string, readonly ShardWord[]>,
  query: string,
  articles: number,
  limit = Infinity,
): SearchResult {
  const words = queryWords(query);
  if (words.length === 0) return { hits: [], total: 0 };
  let scores: Map<number, number> | null = null;
  for (const word of words) {
    const best = new Map<number, number>();
    for (const entry of matchingWords(shards.get(shardKey(word)) ?? [], word)) {
      const rarity = Math.log(1 + articles / entry.articles.length);
      for (let i = 0; i < entry.articles.length; i++) {
        const article = entry.articles[i] as number;
        if (scores && !scores.has(article)) continue;
        const score = (entry.weights[i] as number) * rarity;
        if (score > (best.get(article) ?? 0)) best.set(article, score);
      }
    }
    if (scores) {
      const previous: Map<number, number> = scores;
      for (const [article, score] of best) best.set(article, (previous.get(article) ?? 0) + score);
    }
    scores = best;
    if (scores.size === 0) break;
  }
  const found = [...(scores ?? new Map<number, number>())].map(([article, score]) => ({ article, score }));
  found.sort((a, b) => b.score - a.score || b.article - a.article);
  return { total: found.length, hits: found.slice(0, limit) };
}

/** The shard's words equal to `word`, or, for a word long enough, starting with it. */
function matchingWords(words: readonly ShardWord[], word: string): ShardWord[] {
  return words.filter(
    (entry) => entry.word === word || (word.length >= PREFIX_FROM && entry.word.startsWith(word)),
  );
}
