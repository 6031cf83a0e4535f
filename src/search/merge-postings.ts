// Merges the postings of a search shard's words with those of the articles a build read: what an incremental
// build does to each family of words that an added or edited article uses (src/search/build-shards.ts).
import type { ShardWord } from './search-shards.ts';

/**
 * Old and new postings of each word together, articles ascending, words in order, empty words dropped. The
 * old words' lists may be changed in place: they are the caller's own, just decoded.
 */
export function mergePostings(old: readonly ShardWord[], added: readonly ShardWord[]): ShardWord[] {
  const words = new Map(old.map((entry) => [entry.word, entry]));
  for (const entry of added) {
    const existing = words.get(entry.word);
    words.set(entry.word, existing ? mergedPostings(existing, entry) : entry);
  }
  return [...words.values()]
    .filter((entry) => entry.articles.length > 0)
    .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

/** New postings of a word few enough to be put in place one at a time; more are merged in one pass. */
const SPLICE_AT_MOST = 8;

/**
 * Two ascending posting lists of one word as one. The old list may hold most of the archive and the new one
 * an article or two (a daily rebuild): then each new posting is put in its place, without a pass over the
 * old list in JavaScript. Many new postings (many seeds read) are merged in a single pass instead.
 */
function mergedPostings(old: ShardWord, added: ShardWord): ShardWord {
  if (added.articles.length > SPLICE_AT_MOST) return mergedInOnePass(old, added);
  const { articles, weights } = old;
  for (let i = 0; i < added.articles.length; i++) {
    const article = added.articles[i] as number;
    let low = 0;
    let high = articles.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((articles[middle] as number) < article) low = middle + 1;
      else high = middle;
    }
    articles.splice(low, 0, article);
    weights.splice(low, 0, added.weights[i] as number);
  }
  return old;
}

function mergedInOnePass(a: ShardWord, b: ShardWord): ShardWord {
  const merged: ShardWord = { word: a.word, articles: [], weights: [] };
  let i = 0;
  let j = 0;
  while (i < a.articles.length || j < b.articles.length) {
    const fromA =
      j >= b.articles.length ||
      (i < a.articles.length && (a.articles[i] as number) <= (b.articles[j] as number));
    if (fromA) {
      merged.articles.push(a.articles[i] as number);
      merged.weights.push(a.weights[i++] as number);
    } else {
      merged.articles.push(b.articles[j] as number);
      merged.weights.push(b.weights[j++] as number);
    }
  }
  return merged;
}
