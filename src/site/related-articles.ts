// Related articles by content. Each article is a vector of its 20 strongest words (term frequency times the
// word's rarity in the pinned word-frequency table), and two articles are as related as the cosine of their
// vectors. A vector depends on its own article and the table only, so an article's list depends only on the
// articles that share a word with it: one added, edited or deleted article changes only the lists it enters
// or leaves, and `relatedLists` with the previous lists gives exactly what computing every list afresh gives.
// Weights are integers, so a score is the same whichever side sums it and in whatever order.
import { articleWords, type ArticleWords } from '../search/tokenize.ts';
import { rarity, type WordFrequencies } from './word-frequencies.ts';

export interface RelatedText {
  headline: string;
  english: string | null;
  standfirst: string | null;
  body: readonly string[];
}

export interface TermVector {
  /** The article's strongest words, in ascending order. */
  terms: string[];
  /** Their weights, normalised to length 1 and scaled to integers (see WEIGHT_SCALE). */
  weights: number[];
}

export const TERMS_PER_ARTICLE = 20;
/**
 * A word among the strongest of more articles than this says little about any of them and would make every
 * one of them a candidate for every other: it is left out of the scores. Fixed, not a share of the archive, so
 * a word crosses it only when its own articles change (and relatedStage recomputes exactly those lists).
 */
export const MAX_ARTICLES_PER_TERM = 2_000;
const WEIGHT_SCALE = 2 ** 20;
// Below this cosine, two articles share a word or two of everyday Swahili, not a subject.
const MIN_SIMILARITY = 0.2;
const MIN_SCORE = Math.round(MIN_SIMILARITY * WEIGHT_SCALE * WEIGHT_SCALE);

// Words too common in Swahili (and English headlines) to say what an article is about.
const STOPWORDS = new Set(
  (
    'ambao ambayo ambaye ambazo alisema amesema ana baada bado bila cha hadi hao hapo hata hii hiyo hilo hizo ' +
    'huo huu ili kama kati katika kila kuhusu kuwa kwa kwamba lakini mbili moja mwaka na naye ni pamoja pia ' +
    'sana tu wake wala wao yake yao zaidi zake zao alikuwa wamesema watu kwenye ' +
    'the and for with from that this into over after says said its are was has have will not'
  ).split(' '),
);

/** An article's vector: its words, weighed by how often it uses them and how rare they are in the table. */
export function termVector(article: RelatedText, table: WordFrequencies): TermVector {
  return termVectorOf(articleWords(article), table);
}

const DIGITS = /^\d+$/;

export function termVectorOf(words: ArticleWords, table: WordFrequencies): TermVector {
  const counts = new Map<string, number>();
  const count = (field: readonly string[]) => {
    for (const word of field) {
      if (word.length < 3 || STOPWORDS.has(word) || DIGITS.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  };
  count(words.headline);
  count(words.english);
  count(words.standfirst);
  words.body.forEach(count);
  // The strongest terms (ties: the first in alphabetical order), kept in order as they come: no sort of all.
  const topTerms: string[] = [];
  const topWeights: number[] = [];
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * rarity(table, term);
    const last = topTerms.length - 1;
    if (
      topTerms.length === TERMS_PER_ARTICLE &&
      (weight < (topWeights[last] as number) ||
        (weight === topWeights[last] && term > (topTerms[last] as string)))
    ) {
      continue;
    }
    let at = topTerms.length;
    while (
      at > 0 &&
      (weight > (topWeights[at - 1] as number) ||
        (weight === topWeights[at - 1] && term < (topTerms[at - 1] as string)))
    ) {
      at--;
    }
    topTerms.splice(at, 0, term);
    topWeights.splice(at, 0, weight);
    if (topTerms.length > TERMS_PER_ARTICLE) {
      topTerms.pop();
      topWeights.pop();
    }
  }
  const top = topTerms.map((term, i): [string, number] => [term, topWeights[i] as number]);
  const norm = Math.hypot(...topWeights) || 1;
  const kept = top
    .map(([term, weight]): [string, number] => [term, Math.round((weight / norm) * WEIGHT_SCALE)])
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { terms: kept.map(([term]) => term), weights: kept.map(([, weight]) => weight) };
}

/** Every article's vector, and for each word the articles whose vectors hold it, as flat typed arrays. */
export interface RelatedIndex {
  count: number;
  articleStart: Int32Array;
  articleTerms: Int32Array;
  articleWeights: Float64Array;
  termStart: Int32Array;
  postingArticles: Int32Array;
  postingWeights: Float64Array;
  /** Words in more vectors than MAX_ARTICLES_PER_TERM: they count for nothing. */
  ignored: Uint8Array;
  /** Each word's number in the arrays above. */
  termIds: ReadonlyMap<string, number>;
}

/** How many vectors of the index hold a word. */
export function articlesWithTerm(index: RelatedIndex, term: string): number {
  const id = index.termIds.get(term);
  return id === undefined ? 0 : (index.termStart[id + 1] as number) - (index.termStart[id] as number);
}

/** How many vectors hold each word. */
export function termCounts(vectors: Iterable<TermVector>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const vector of vectors)
    for (const term of vector.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** `vectors[i]` is article i, in publication order (oldest first). */
export function relatedIndex(
  vectors: readonly TermVector[],
  maxArticlesPerTerm = MAX_ARTICLES_PER_TERM,
): RelatedIndex {
  const termIds = new Map<string, number>();
  let entries = 0;
  for (const vector of vectors) entries += vector.terms.length;
  // Each entry's word as a number, looked up once.
  const articleTerms = new Int32Array(entries);
  let entry = 0;
  for (const vector of vectors) {
    for (const term of vector.terms) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      articleTerms[entry++] = id;
    }
  }
  const articleStart = new Int32Array(vectors.length + 1);
  const articleWeights = new Float64Array(entries);
  const termCounts = new Int32Array(termIds.size + 1);
  let at = 0;
  vectors.forEach((vector, article) => {
    articleStart[article] = at;
    vector.terms.forEach((_, i) => {
      const id = articleTerms[at] as number;
      articleWeights[at] = vector.weights[i] as number;
      termCounts[id + 1] = (termCounts[id + 1] as number) + 1;
      at++;
    });
  });
  articleStart[vectors.length] = at;
  const termStart = new Int32Array(termIds.size + 1);
  for (let id = 0; id < termIds.size; id++)
    termStart[id + 1] = (termStart[id] as number) + (termCounts[id + 1] as number);
  const ignored = new Uint8Array(termIds.size);
  for (let id = 0; id < termIds.size; id++)
    ignored[id] = (termCounts[id + 1] as number) > maxArticlesPerTerm ? 1 : 0;
  const fill = termStart.slice(0, termIds.size);
  const postingArticles = new Int32Array(entries);
  const postingWeights = new Float64Array(entries);
  for (let article = 0; article < vectors.length; article++) {
    for (let i = articleStart[article] as number; i < (articleStart[article + 1] as number); i++) {
      const id = articleTerms[i] as number;
      const slot = fill[id] as number;
      postingArticles[slot] = article;
      postingWeights[slot] = articleWeights[i] as number;
      fill[id] = slot + 1;
    }
  }
  return {
    count: vectors.length,
    articleStart,
    articleTerms,
    articleWeights,
    termStart,
    postingArticles,
    postingWeights,
    ignored,
    termIds,
  };
}

/** Better first: higher score, then the newer article (higher number). */
const better = (scoreA: number, a: number, scoreB: number, b: number) =>
  scoreA > scoreB || (scoreA === scoreB && a > b);

/**
 * For each article, the `limit` articles most like it (cosine ≥ 0.2), best first. With `previous` (the lists of
 * the last build, renumbered to this one, or null for an article to compute afresh) and `fresh` (articles added
 * or edited since), only the lists that could change are worked on; the result is the same either way.
 */
export function relatedLists(
  index: RelatedIndex,
  limit: number,
  previous?: ReadonlyArray<readonly number[] | null>,
  fresh: readonly number[] = [],
): number[][] {
  const scores = new Float64Array(index.count);
  const lists: number[][] = [];
  for (let article = 0; article < index.count; article++) {
    const kept = previous?.[article];
    lists.push(kept ? [...kept] : topRelated(index, article, limit, scores));
  }
  if (!previous) return lists;
  for (const added of fresh) {
    const touched = accumulate(index, added, scores);
    for (const article of touched) {
      const score = scores[article] as number;
      scores[article] = 0;
      if (!previous[article] || score < MIN_SCORE) continue;
      lists[article] = mergeInto(index, article, lists[article] ?? [], added, score, limit);
    }
  }
  return lists;
}

/** Adds `article`'s products into `scores` for every article sharing a word with it; returns those articles. */
function accumulate(index: RelatedIndex, article: number, scores: Float64Array): number[] {
  const touched: number[] = [];
  for (let i = index.articleStart[article] as number; i < (index.articleStart[article + 1] as number); i++) {
    const term = index.articleTerms[i] as number;
    if (index.ignored[term] === 1) continue;
    const weight = index.articleWeights[i] as number;
    for (let p = index.termStart[term] as number; p < (index.termStart[term + 1] as number); p++) {
      const other = index.postingArticles[p] as number;
      if (other === article) continue;
      if (scores[other] === 0) touched.push(other);
      scores[other] = (scores[other] as number) + weight * (index.postingWeights[p] as number);
    }
  }
  return touched;
}

function topRelated(index: RelatedIndex, article: number, limit: number, scores: Float64Array): number[] {
  const touched = accumulate(index, article, scores);
  const best: number[] = [];
  const bestScores: number[] = [];
  for (const other of touched) {
    const score = scores[other] as number;
    scores[other] = 0;
    if (score < MIN_SCORE) continue;
    insertRanked(best, bestScores, other, score, limit);
  }
  return best;
}

function insertRanked(
  best: number[],
  bestScores: number[],
  article: number,
  score: number,
  limit: number,
): void {
  const last = best.length - 1;
  if (best.length === limit && !better(score, article, bestScores[last] as number, best[last] as number))
    return;
  let at = best.length < limit ? best.length : limit - 1;
  while (at > 0 && better(score, article, bestScores[at - 1] as number, best[at - 1] as number)) {
    best[at] = best[at - 1] as number;
    bestScores[at] = bestScores[at - 1] as number;
    at--;
  }
  best[at] = article;
  bestScores[at] = score;
}

function mergeInto(
  index: RelatedIndex,
  article: number,
  list: readonly number[],
  added: number,
  score: number,
  limit: number,
): number[] {
  const best: number[] = [];
  const bestScores: number[] = [];
  for (const other of list) {
    if (other !== added) insertRanked(best, bestScores, other, similarity(index, article, other), limit);
  }
  insertRanked(best, bestScores, added, score, limit);
  return best;
}

/** The score of two articles, summed as `accumulate` sums it (the same integers, so the same total). */
function similarity(index: RelatedIndex, a: number, b: number): number {
  const weightsOfB = new Map<number, number>();
  for (let i = index.articleStart[b] as number; i < (index.articleStart[b + 1] as number); i++) {
    weightsOfB.set(index.articleTerms[i] as number, index.articleWeights[i] as number);
  }
  let score = 0;
  for (let i = index.articleStart[a] as number; i < (index.articleStart[a + 1] as number); i++) {
    const term = index.articleTerms[i] as number;
    if (index.ignored[term] === 1) continue;
    score += (index.articleWeights[i] as number) * (weightsOfB.get(term) ?? 0);
  }
  return score;
}
