// Merges the postings of a search shard's words with those of the articles a build read: what an incremental
// build does to each family of words that an added or edited article uses (src/search/build-shards.ts).
import type { EncodedWord, ShardWord } from './search-shards.ts';

/**
 * Old and new postings of each word together, articles ascending, words in order, empty words dropped. Old
 * words may come encoded (as a shard holds them): their new postings are put in among the bytes, and none of
 * them is decoded. Decoded old words' lists may be changed in place: they are the caller's own.
 */
export function mergePostings(
  old: ReadonlyArray<ShardWord | EncodedWord>,
  added: readonly ShardWord[],
): Array<ShardWord | EncodedWord> {
  const words = new Map(old.map((entry) => [entry.word, entry]));
  for (const entry of added) {
    const existing = words.get(entry.word);
    if (!existing) words.set(entry.word, entry);
    else if ('postings' in existing) words.set(entry.word, mergedBytes(existing, entry));
    else words.set(entry.word, mergedPostings(existing, entry));
  }
  return [...words.values()]
    .filter((entry) => ('postings' in entry ? entry.count : entry.articles.length) > 0)
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

/**
 * New postings put in among a word's encoded ones. An old posting keeps its bytes (its gap from the old posting
 * before it) unless a new one now comes just before it: only that gap is written again. So a word of the whole
 * archive is passed over byte by byte, not decoded (decoding every word a day's articles use took 2.3 s).
 */
function mergedBytes(old: EncodedWord, added: ShardWord): EncodedWord {
  const source = old.postings;
  // A new posting takes at most 9 bytes (a gap below 2^53, and the weight), and a gap written again is no
  // longer than it was.
  const out = new Uint8Array(source.length + added.articles.length * 9);
  let length = 0;
  const varint = (value: number) => {
    let rest = value;
    while (rest >= 0x80) {
      out[length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    out[length++] = rest;
  };
  let at = 0;
  let oldArticle = 0;
  let lastWritten = 0;
  let afterNew = false;
  // Copies the old postings of articles below `limit`.
  const copyBelow = (limit: number) => {
    let from = at;
    while (at < source.length) {
      let gap = 0;
      let next = at;
      for (let shift = 0; ; shift += 7) {
        const byte = source[next++] as number;
        gap += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) break;
      }
      const article = oldArticle + gap;
      if (article >= limit) break;
      if (afterNew) {
        varint(article - lastWritten);
        out[length++] = source[next] as number;
        afterNew = false;
        from = next + 1;
      }
      oldArticle = lastWritten = article;
      at = next + 1;
    }
    out.set(source.subarray(from, at), length);
    length += at - from;
  };
  for (let i = 0; i < added.articles.length; i++) {
    const article = added.articles[i] as number;
    copyBelow(article);
    varint(article - lastWritten);
    out[length++] = added.weights[i] as number;
    lastWritten = article;
    afterNew = true;
  }
  copyBelow(Infinity);
  return { word: old.word, count: old.count + added.articles.length, postings: out.subarray(0, length) };
}
