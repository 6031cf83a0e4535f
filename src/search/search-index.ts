// Ranks the articles that match a query, from the words of the shards it needs (src/search/search-shards.ts).
// Runs in the page, in slices: it gives the page back its main thread every few milliseconds, so typing and
// scrolling never wait for a search, whatever the size of the archive. The benchmark runs the same code.
import { FORM_MARK } from './search-terms.ts';
import { PREFIX_FROM, type ShardWord } from './search-shards.ts';
import { queryWords } from './tokenize.ts';

export interface SearchHit {
  /** The article's number in publication order. */
  article: number;
  score: number;
}

export interface SearchResult {
  /** The best `limit` matches, best first. */
  hits: SearchHit[];
  total: number;
  /** The words found as the other number of a query word (`wachezaji` for `mchezaji`), for marking. */
  forms: string[];
}

/** Lets the page handle input and paint before the search goes on. */
export type Pause = () => Promise<void>;

/** Best match first, or newest first (publication order). */
export type SearchOrder = 'best' | 'new';

const SLICE_MS = 8;
const CHECK_EVERY = 4096;

type TallyArrays = [
  matched: Uint8Array,
  scores: Float64Array,
  best: Float64Array,
  /** Per article: the best score of the word at hand by its other number, and how many words it has as they are. */
  bestByNumber: Float64Array,
  asTheyAre: Uint8Array,
];

/**
 * The last search's arrays, zeroed, for the next: new ones (1.7 MB at 100,000 articles) cost more in page faults
 * than ranking a common word. A search that starts while another runs gets its own; one that fails drops its.
 */
let kept: TallyArrays | null = null;

/**
 * Articles that contain every word of the query (a word of three letters or more may be the start of a longer
 * one) or its other number, best first: by the sum over query words of field weight × rarity, rarity = ln(1 +
 * articles ÷ articles with the word), a word found by its other number counting half. A search for one word lists
 * the articles that use it before those that use its other number. Ties: the newer article first. Or, with
 * `order` 'new', newest first. `wordsOf(word)` gives the shard words that may match it.
 */
export async function rankArticles(
  wordsOf: (word: string) => readonly ShardWord[],
  query: string,
  articles: number,
  limit: number,
  pause: Pause,
  order: SearchOrder = 'best',
): Promise<SearchResult> {
  const words = queryWords(query);
  if (words.length === 0) return { hits: [], total: 0, forms: [] };
  const arrays: TallyArrays =
    kept?.[0].length === articles
      ? kept
      : [
          new Uint8Array(articles),
          new Float64Array(articles),
          new Float64Array(articles),
          new Float64Array(articles),
          new Uint8Array(articles),
        ];
  kept = null;
  const [matched, scores, best, bestByNumber, asTheyAre] = arrays;
  const forms = new Set<string>();
  let sliceStarted = performance.now();
  let sinceCheck = 0;
  const mayPause = async (steps: number) => {
    sinceCheck += steps;
    if (sinceCheck < CHECK_EVERY) return;
    sinceCheck = 0;
    if (performance.now() - sliceStarted < SLICE_MS) return;
    await pause();
    sliceStarted = performance.now();
  };

  for (let position = 0; position < words.length; position++) {
    const word = words[position] as string;
    for (const entry of wordsOf(word)) {
      // A term of the other number: the form searched for, and the word the article uses.
      const [form = '', used] = entry.word.split(FORM_MARK);
      if (form !== word && !(word.length >= PREFIX_FROM && form.startsWith(word))) continue;
      if (used) forms.add(used);
      const tally = used ? bestByNumber : best;
      const rarity = Math.log(1 + articles / entry.articles.length);
      for (let i = 0; i < entry.articles.length; i++) {
        const article = entry.articles[i] as number;
        // Only articles that matched every word before this one can still match them all.
        if (matched[article] !== position) continue;
        const score = (entry.weights[i] as number) * rarity;
        if (score > (tally[article] as number)) tally[article] = score;
        if ((i & 1023) === 1023) await mayPause(1024);
      }
    }
    // A pass over every article, not a list of those scored: the list, grown a push at a time, cost more.
    for (let article = 0; article < articles; article++) {
      const score = best[article] || (bestByNumber[article] as number) * BY_NUMBER;
      if (score === 0) continue;
      if (best[article]) asTheyAre[article] = (asTheyAre[article] as number) + 1;
      matched[article] = position + 1;
      scores[article] = (scores[article] as number) + score;
      best[article] = 0;
      bestByNumber[article] = 0;
    }
  }

  const hits: SearchHit[] = [];
  let total = 0;
  // In publication order: of two equal scores, the later article (the newer) goes first. For one word, using it
  // as it is puts an article in a tier above those that use its other number.
  const tier = words.length === 1 ? TIER : 0;
  const rankOf = (article: number) =>
    order === 'new' ? article : (asTheyAre[article] as number) * tier + (scores[article] as number);
  for (let article = 0; article < articles; article++) {
    if (matched[article] !== words.length) continue;
    total++;
    const score = scores[article] as number;
    const rank = rankOf(article);
    // The best `limit`, kept in order: an insertion, as `limit` is small.
    if (hits.length === limit && rank < rankOf((hits[limit - 1] as SearchHit).article)) continue;
    let at = Math.min(hits.length, limit - 1);
    while (at > 0 && rank >= rankOf((hits[at - 1] as SearchHit).article)) at--;
    hits.splice(at, 0, { article, score });
    if (hits.length > limit) hits.pop();
  }
  matched.fill(0);
  scores.fill(0);
  asTheyAre.fill(0);
  kept = arrays;
  return { hits, total, forms: [...forms] };
}

/** Above any score a query can reach (a weight is at most 255, a rarity at most ln(1 + articles)). */
const TIER = 2 ** 32;
/** What a word found by its other number counts, against the same word as it is, in the same place. */
const BY_NUMBER = 0.5;
