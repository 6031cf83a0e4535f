// The related-articles stage: each article's most similar articles, by position. With the last build's
// lists, only the lists that can change are worked on (see src/site/related-articles.ts): those of new and
// edited articles, those that held an article now gone or changed, and those a new or edited article may enter.
// A clean build scores the pairs in the build workers, a range of articles at a time, over an index they share.
import type { RelatedListsResult } from '../src/prerender/build-worker.ts';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import {
  addPairs,
  articlesWithTerm,
  BestLists,
  MAX_ARTICLES_PER_TERM,
  NO_VECTOR,
  relatedIndex,
  relatedLists,
  termCounts,
  relatedOf,
  relatedTable,
  vectorsOf,
  type RelatedArrays,
  type RelatedIndex,
  type RelatedTable,
  type TermVector,
} from '../src/site/related-articles.ts';
import type { WorkerPool } from './worker-pool.ts';

/** Twice what an article shows: its own popular posts are left out afterwards. */
export const RELATED_KEPT = 8;

export interface RelatedStage {
  /** For each record (same order), the positions of its related articles, best first; kept in the cache. */
  table: RelatedTable;
  /** Each record's vector, from the index: the records' own copies are no longer needed. */
  vectorOf: (position: number) => TermVector;
}

/** What the last build left: its records in publication order, and its table of related articles. */
export interface PreviousRelated {
  records: readonly SeedRecord[];
  table: RelatedTable;
}

/** Articles a worker scores per task: small enough that the workers finish together. */
const PAIRS_BATCH = 10_000;

export async function relatedStage(
  records: readonly SeedRecord[],
  previous: PreviousRelated | null,
  options: {
    pool?: WorkerPool;
    maxArticlesPerTerm?: number;
    /** Let the records drop their vectors as soon as the index holds them (vectorOf reads them back). */
    dropVectors?: boolean;
  } = {},
): Promise<RelatedStage> {
  const { pool, maxArticlesPerTerm = MAX_ARTICLES_PER_TERM, dropVectors = false } = options;
  // On shared memory only for the workers of a clean build: an incremental build scores on this thread.
  const index = relatedIndex(
    records.map((record) => record.vector),
    maxArticlesPerTerm,
    pool !== undefined && previous === null,
  );
  const vectorOf = vectorsOf(index);
  const drop = () => {
    if (dropVectors) for (const record of records) record.vector = NO_VECTOR;
  };
  if (!previous) {
    // A million vectors are hundreds of megabytes: garbage while the workers score, not beside what comes next.
    drop();
    if (pool) return { table: await tableInWorkers(pool, index), vectorOf };
    const best = new BestLists(index.count, RELATED_KEPT);
    addPairs(index, 0, index.count, best);
    return { table: best.table(), vectorOf };
  }
  // Both lists are in publication order (name order): one walk pairs each article with its last-build number.
  const recordsBefore = previous.records;
  const namesBefore = recordsBefore.map((record) => record.name);
  const before = new Int32Array(records.length).fill(-1);
  const after = new Int32Array(namesBefore.length).fill(-1);
  for (let old = 0, now = 0; old < namesBefore.length && now < records.length;) {
    const oldName = namesBefore[old] as string;
    const name = (records[now] as SeedRecord).name;
    if (oldName === name) {
      after[old] = now;
      before[now++] = old++;
    } else if (oldName < name) old++;
    else now++;
  }
  // Articles whose vectors are new or gone (an edited one is both): few, so everything else is compared
  // against them only. `stale`: a last-build article that is gone or edited.
  const fresh: number[] = [];
  const stale = new Uint8Array(namesBefore.length);
  records.forEach((record, now) => {
    const old = before[now] as number;
    if (old >= 0 && (recordsBefore[old] as SeedRecord).digest === record.digest) return;
    fresh.push(now);
    if (old >= 0) stale[old] = 1;
  });
  after.forEach((now, old) => {
    if (now < 0) stale[old] = 1;
  });
  // A word that crossed MAX_ARTICLES_PER_TERM changes the scores of every article that holds it. Only the
  // words of articles added, edited or removed can have crossed it.
  const gone = recordsBefore.filter((_, old) => stale[old] === 1);
  const came = fresh.map((now) => records[now] as SeedRecord);
  const crossed = crossedTerms(index, gone, came, maxArticlesPerTerm);
  const freshSet = new Set(fresh);
  const kept = records.map((record, now) => {
    if (freshSet.has(now)) return null;
    const list = relatedOf(previous.table, before[now] as number);
    if (list.some((other) => stale[other] === 1)) return null;
    if (crossed.size > 0 && record.vector.terms.some((term) => crossed.has(term))) return null;
    return list.map((other) => after[other] as number);
  });
  drop();
  return { table: relatedTable(relatedLists(index, RELATED_KEPT, kept, fresh), RELATED_KEPT), vectorOf };
}

/** Every article's list, its pairs scored by the workers a batch at a time; each worker's lists merged. */
async function tableInWorkers(pool: WorkerPool, index: RelatedIndex): Promise<RelatedTable> {
  // The numbers only: the words' map stays here (it would be copied into every message).
  const arrays: RelatedArrays = {
    count: index.count,
    articleStart: index.articleStart,
    articleTerms: index.articleTerms,
    articleWeights: index.articleWeights,
    termStart: index.termStart,
    postingArticles: index.postingArticles,
    postingWeights: index.postingWeights,
    ignored: index.ignored,
  };
  const batches: Array<Promise<unknown>> = [];
  for (let first = 0; first < index.count; first += PAIRS_BATCH) {
    const end = Math.min(index.count, first + PAIRS_BATCH);
    batches.push(pool.run({ type: 'related-pairs', index: arrays, first, end, limit: RELATED_KEPT }));
  }
  await Promise.all(batches);
  // Each worker's lists, merged into the first: no third copy.
  let best: BestLists | null = null;
  for (const part of await pool.runOnEach<RelatedListsResult>({ type: 'related-lists' })) {
    if (!part) continue;
    const lists = new BestLists(index.count, RELATED_KEPT, part);
    if (best) best.merge(lists);
    else best = lists;
  }
  return (best ?? new BestLists(index.count, RELATED_KEPT)).table();
}

/** Words whose count of vectors crossed `limit`: now from the index, before from it less `came` plus `gone`. */
function crossedTerms(
  index: RelatedIndex,
  gone: readonly SeedRecord[],
  came: readonly SeedRecord[],
  limit: number,
): Set<string> {
  const removed = termCounts(gone.map((record) => record.vector));
  const added = termCounts(came.map((record) => record.vector));
  const crossed = new Set<string>();
  for (const term of new Set([...removed.keys(), ...added.keys()])) {
    const now = articlesWithTerm(index, term);
    const before = now - (added.get(term) ?? 0) + (removed.get(term) ?? 0);
    if (before > limit !== now > limit) crossed.add(term);
  }
  return crossed;
}
