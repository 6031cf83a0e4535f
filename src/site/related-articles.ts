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

/** The vector of a record whose vector is kept elsewhere (plugins/build-site.ts): never read. */
export const NO_VECTOR: TermVector = Object.freeze({
  terms: Object.freeze([]) as unknown as string[],
  weights: Object.freeze([]) as unknown as number[],
});

export const TERMS_PER_ARTICLE = 20;
/**
 * A word among the strongest of more articles than this says little about any of them and would make every
 * one of them a candidate for every other: it is left out of the scores. Fixed, not a share of the archive, so
 * a word crosses it only when its own articles change (and relatedStage recomputes exactly those lists).
 */
export const MAX_ARTICLES_PER_TERM = 2_000;
const WEIGHT_SCALE = 2 ** 20;
/**
 * Below this cosine two articles share nothing but a passing word. Real news shares far less than a synthetic
 * topic does: at 0.2, 72% of 526 BBC Swahili articles got no related article at all (docs/decisions/009).
 */
const MIN_SIMILARITY = 0.01;
/** A word of the headline (either language) counts as this many uses: the headline says what the story is. */
const HEADLINE_USES = 3;
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

/** Whether a word may be one of a vector's terms: not too short, not a stopword, not a number. */
export function isVectorWord(word: string): boolean {
  return word.length >= 3 && !STOPWORDS.has(word) && !DIGITS.test(word);
}

/**
 * A term's strength in its article: it grows with the article's uses of it (a use in a headline counting as
 * HEADLINE_USES), less than in proportion.
 */
export function termStrength(headlineUses: number, otherUses: number, rarity: number): number {
  return (1 + Math.log(headlineUses * HEADLINE_USES + otherUses)) * rarity;
}

export function termVectorOf(words: ArticleWords, table: WordFrequencies): TermVector {
  const inHeadline = new Map<string, number>();
  const elsewhere = new Map<string, number>();
  const count = (field: readonly string[], into: Map<string, number>) => {
    for (const word of field) {
      if (isVectorWord(word)) into.set(word, (into.get(word) ?? 0) + 1);
    }
  };
  count(words.headline, inHeadline);
  count(words.english, inHeadline);
  count(words.standfirst, elsewhere);
  for (const paragraph of words.body) count(paragraph, elsewhere);
  const terms = [...new Set([...inHeadline.keys(), ...elsewhere.keys()])];
  return strongestTerms(
    terms,
    terms.map((term) =>
      termStrength(inHeadline.get(term) ?? 0, elsewhere.get(term) ?? 0, rarity(table, term)),
    ),
  );
}

/**
 * The vector of an article's words (`terms`, each once) from their strengths: the strongest TERMS_PER_ARTICLE,
 * normalised. Ties go to the first in alphabetical order, so the order the words come in does not matter.
 */
export function strongestTerms(terms: readonly string[], strengths: ArrayLike<number>): TermVector {
  // Kept in order as they come: no sort of all.
  const topTerms: string[] = [];
  const topWeights: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as string;
    const weight = strengths[i] as number;
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
export interface RelatedIndex extends RelatedArrays {
  /** Each word's number in the arrays. */
  termIds: ReadonlyMap<string, number>;
}

/** The index without its words: numbers only, which build workers share with the main thread. */
export interface RelatedArrays {
  count: number;
  articleStart: Int32Array;
  articleTerms: Int32Array;
  articleWeights: Int32Array;
  termStart: Int32Array;
  postingArticles: Int32Array;
  postingWeights: Int32Array;
  /** Words in more vectors than MAX_ARTICLES_PER_TERM: they count for nothing. */
  ignored: Uint8Array;
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

/** An Int32Array on memory that worker threads can share (`shared`) or on the thread's own. */
function int32s(length: number, shared: boolean): Int32Array {
  return shared ? new Int32Array(new SharedArrayBuffer(length * 4)) : new Int32Array(length);
}

/**
 * `vectors[i]` is article i, in publication order (oldest first). `shared`: the arrays that `addPairs` reads
 * are on shared memory, for build workers.
 */
export function relatedIndex(
  vectors: readonly TermVector[],
  maxArticlesPerTerm = MAX_ARTICLES_PER_TERM,
  shared = false,
): RelatedIndex {
  const termIds = new Map<string, number>();
  let entries = 0;
  for (const vector of vectors) entries += vector.terms.length;
  // Each entry's word as a number, looked up once.
  const articleTerms = int32s(entries, shared);
  let entry = 0;
  for (const vector of vectors) {
    for (const term of vector.terms) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      articleTerms[entry++] = id;
    }
  }
  const articleStart = int32s(vectors.length + 1, shared);
  const articleWeights = int32s(entries, shared);
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
  const termStart = int32s(termIds.size + 1, shared);
  for (let id = 0; id < termIds.size; id++)
    termStart[id + 1] = (termStart[id] as number) + (termCounts[id + 1] as number);
  const ignored = shared ? new Uint8Array(new SharedArrayBuffer(termIds.size)) : new Uint8Array(termIds.size);
  for (let id = 0; id < termIds.size; id++)
    ignored[id] = (termCounts[id + 1] as number) > maxArticlesPerTerm ? 1 : 0;
  const fill = termStart.slice(0, termIds.size);
  const postingArticles = int32s(entries, shared);
  const postingWeights = int32s(entries, shared);
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
  if (!previous) {
    const best = new BestLists(index.count, limit);
    addPairs(index, 0, index.count, best);
    return best.lists();
  }
  const scores = new Float64Array(index.count);
  const lists: number[][] = [];
  for (let article = 0; article < index.count; article++) {
    const kept = previous[article];
    lists.push(kept ? [...kept] : topRelated(index, article, limit, scores));
  }
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

/** Each article's best `limit` related articles so far, as flat typed arrays: `limit` slots an article. */
export class BestLists {
  readonly articles: Int32Array;
  readonly scores: Float64Array;

  constructor(
    readonly count: number,
    readonly limit: number,
    buffers?: { articles: Int32Array; scores: Float64Array },
  ) {
    this.articles = buffers?.articles ?? new Int32Array(count * limit).fill(-1);
    this.scores = buffers?.scores ?? new Float64Array(count * limit);
  }

  private space: { scores: Float64Array; touched: Int32Array } | null = null;

  /**
   * `addPairs`'s working arrays, made once and reused by every range (a million articles: 12 MB, which a
   * hundred ranges would otherwise allocate anew). `scores` is all zeros between articles.
   */
  workspace(): { scores: Float64Array; touched: Int32Array } {
    this.space ??= { scores: new Float64Array(this.count), touched: new Int32Array(this.count) };
    return this.space;
  }

  /** Offers `other` (with its score) to `article`'s list. */
  offer(article: number, other: number, score: number): void {
    const { articles, scores, limit } = this;
    const start = article * limit;
    let at = start + limit - 1;
    const last = articles[at] as number;
    if (last >= 0 && !better(score, other, scores[at] as number, last)) return;
    while (at > start) {
      const before = articles[at - 1] as number;
      if (before >= 0 && !better(score, other, scores[at - 1] as number, before)) break;
      articles[at] = before;
      scores[at] = scores[at - 1] as number;
      at--;
    }
    articles[at] = other;
    scores[at] = score;
  }

  /** Offers every entry of `other` (the same articles' lists, from other pairs) to these lists. */
  merge(other: BestLists): void {
    for (let article = 0; article < this.count; article++) {
      for (let slot = article * this.limit; slot < (article + 1) * this.limit; slot++) {
        const candidate = other.articles[slot] as number;
        if (candidate < 0) break;
        this.offer(article, candidate, other.scores[slot] as number);
      }
    }
  }

  lists(): number[][] {
    const table = this.table();
    return Array.from({ length: this.count }, (_, article) => relatedOf(table, article));
  }

  table(): RelatedTable {
    return { limit: this.limit, positions: this.articles };
  }
}

/**
 * Scores every pair of articles `a` and `b < a` that share a word, for each `a` in [first, end), and offers
 * each pair with a score of at least MIN_SCORE to both lists. Every pair is scored once, by its newer article,
 * so ranges of `a` can be scored apart (in workers) and their lists merged: the result is the same.
 */
export function addPairs(index: RelatedArrays, first: number, end: number, best: BestLists): void {
  const { scores, touched } = best.workspace();
  const { articleStart, articleTerms, articleWeights, termStart, postingArticles, postingWeights, ignored } =
    index;
  for (let article = first; article < end; article++) {
    let touchedCount = 0;
    for (let i = articleStart[article] as number; i < (articleStart[article + 1] as number); i++) {
      const term = articleTerms[i] as number;
      if (ignored[term] === 1) continue;
      const weight = articleWeights[i] as number;
      // Postings are in article order: the older articles come first.
      for (let p = termStart[term] as number; p < (termStart[term + 1] as number); p++) {
        const other = postingArticles[p] as number;
        if (other >= article) break;
        const before = scores[other] as number;
        if (before === 0) touched[touchedCount++] = other;
        scores[other] = before + weight * (postingWeights[p] as number);
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t] as number;
      const score = scores[other] as number;
      scores[other] = 0;
      if (score < MIN_SCORE) continue;
      best.offer(article, other, score);
      best.offer(other, article, score);
    }
  }
}

/** Every article's related articles as one array: `limit` slots an article, best first, -1 for none. */
export interface RelatedTable {
  limit: number;
  positions: Int32Array;
}

/** The related articles of one article, best first. */
export function relatedOf(table: RelatedTable, article: number): number[] {
  const list: number[] = [];
  for (let slot = article * table.limit; slot < (article + 1) * table.limit; slot++) {
    const other = table.positions[slot] as number;
    if (other < 0) break;
    list.push(other);
  }
  return list;
}

/** A table of lists (each at most `limit` long). */
export function relatedTable(lists: readonly (readonly number[])[], limit: number): RelatedTable {
  const positions = new Int32Array(lists.length * limit).fill(-1);
  lists.forEach((list, article) => positions.set(list.slice(0, limit), article * limit));
  return { limit, positions };
}

/** The vectors an index was made from, read back from its arrays (so the records can let go of theirs). */
export function vectorsOf(index: RelatedIndex): (article: number) => TermVector {
  const terms: string[] = [];
  for (const [term, id] of index.termIds) terms[id] = term;
  const { articleStart, articleTerms, articleWeights } = index;
  return (article) => {
    const vector: TermVector = { terms: [], weights: [] };
    for (let i = articleStart[article] as number; i < (articleStart[article + 1] as number); i++) {
      vector.terms.push(terms[articleTerms[i] as number] as string);
      vector.weights.push(articleWeights[i] as number);
    }
    return vector;
  };
}
