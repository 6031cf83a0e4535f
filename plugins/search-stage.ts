// The search stage: the search shards (src/search/search-shards.ts) from the postings the seed stage spilled
// (and flushed to disk: see plugins/build-site.ts), and the manifest that names them. A clean build makes every
// shard. An incremental build in which articles were only added at the end touches only the families of their
// words; one in which an article was edited, removed or inserted earlier renumbers the articles after it, so it
// reads every shard and writes those whose bytes changed.
import { createHash } from 'node:crypto';
import type { ShardBucketResult } from '../src/search/build-shards.ts';
import { SEARCH_MANIFEST, shardKey, type SearchManifestJson } from '../src/search/search-shards.ts';
import { bucketOf, SPILL_BUCKETS } from '../src/search/search-spill.ts';
import { withCompressed, type OutputFile } from '../src/prerender/output-files.ts';
import type { WorkerPool } from './worker-pool.ts';

export interface SearchStage {
  keys: string[];
  written: string[];
  /** The manifest, and a key made of its content. */
  manifest: { file: OutputFile[]; key: string };
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
  const renumber = previous ? renumbering(previous.names, names, read) : null;
  const byBucket = Array.from({ length: SPILL_BUCKETS }, () => [] as string[]);
  for (const key of previous?.keys ?? []) byBucket[bucketOf(shardKey(key))]?.push(key);
  pool.doing = `writing the search shards of ${names.length} articles`;
  // All at once: an incremental build makes the shards while the main thread works (plugins/build-site.ts).
  const results = await pool.runAllNow<ShardBucketResult>(
    byBucket.map((keys, bucket) => ({ type: 'shards', bucket, previous: keys, renumber })),
  );
  const manifest: SearchManifestJson = {
    format: 2,
    articles: names.length,
    shards: results.flatMap((result) => result.keys).sort(),
    split: results.flatMap((result) => result.split).sort(),
  };
  const source = JSON.stringify(manifest);
  return {
    keys: manifest.shards,
    written: results.flatMap((result) => result.written),
    manifest: {
      file: withCompressed({ fileName: SEARCH_MANIFEST, source }),
      key: createHash('sha1').update(source).digest('hex'),
    },
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
