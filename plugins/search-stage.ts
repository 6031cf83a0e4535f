// The search stage: the search shards (src/search/search-shards.ts) from the postings the seed stage spilled.
// A clean build makes every shard. An incremental build in which articles were only added at the end touches
// only the shards of their words; one in which an article was edited, removed or inserted earlier renumbers
// the articles after it, so it reads every shard and writes those whose bytes changed.
import type { ShardBucketResult } from '../src/search/build-shards.ts';
import { bucketOf, SPILL_BUCKETS } from '../src/search/search-spill.ts';
import type { WorkerPool } from './worker-pool.ts';

export interface SearchStage {
  keys: string[];
  written: string[];
}

export interface PreviousSearch {
  /** Seed names in the last build's publication order. */
  names: readonly string[];
  /** Its shard keys. */
  keys: readonly string[];
}

export async function searchStage(
  pool: WorkerPool,
  names: readonly string[],
  read: ReadonlySet<string>,
  previous: PreviousSearch | null,
): Promise<SearchStage> {
  await pool.runOnEach({ type: 'flush' });
  const renumber = previous ? renumbering(previous.names, names, read) : null;
  const byBucket = Array.from({ length: SPILL_BUCKETS }, () => [] as string[]);
  for (const key of previous?.keys ?? []) byBucket[bucketOf(key)]?.push(key);
  pool.doing = `writing the search shards of ${names.length} articles`;
  const results = await Promise.all(
    byBucket.map((keys, bucket) =>
      pool.run<ShardBucketResult>({ type: 'shards', bucket, previous: keys, renumber }),
    ),
  );
  return {
    keys: results.flatMap((result) => result.keys).sort(),
    written: results.flatMap((result) => result.written),
  };
}

/** Old article number → new, −1 for an article gone or read again; null when every old article kept its number. */
function renumbering(
  before: readonly string[],
  now: readonly string[],
  read: ReadonlySet<string>,
): Int32Array | null {
  const position = new Map(now.map((name, at) => [name, at]));
  const map = new Int32Array(new SharedArrayBuffer(Math.max(1, before.length) * 4));
  let moved = false;
  before.forEach((name, at) => {
    const next = read.has(name) ? -1 : (position.get(name) ?? -1);
    map[at] = next;
    if (next !== at) moved = true;
  });
  return moved ? map : null;
}
