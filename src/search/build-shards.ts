// Builds the search shards of one spill bucket (src/search/search-spill.ts) in a build worker. A clean build
// makes them from the spilled postings alone. An incremental build starts from the shards it published last
// time, renumbers their articles (an article removed or edited since is dropped; the others keep their order),
// adds the postings of the articles it read, and writes a shard only if its bytes changed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withCompressed, type OutputFile } from '../prerender/output-files.ts';
import { decodeShard, encodeShard, shardFile, shardKey, type ShardWord } from './search-shards.ts';
import { readSpillBucket } from './search-spill.ts';

export interface ShardBucketTask {
  bucket: number;
  /** Keys of this bucket's shards in the last build to start from (none in a clean build). */
  previous: string[];
  /** Old article number → new one, or −1 for an article removed or edited; null when none moved. */
  renumber: Int32Array | null;
}

export interface ShardBucketResult {
  /** Keys of this bucket's shards in this build. */
  keys: string[];
  /** Keys whose files this build writes. */
  written: string[];
  /** Keys of the last build with no words left. */
  emptied: string[];
}

export interface ShardFolders {
  spillDir: string;
  /** The published site, where the last build's shards are. */
  publishedDir: string;
}

export function buildShardBucket(
  task: ShardBucketTask,
  folders: ShardFolders,
  write: (files: OutputFile[]) => void,
): ShardBucketResult {
  const byKey = new Map<string, ShardWord[]>();
  for (const [word, postings] of readSpillBucket(folders.spillDir, task.bucket)) {
    const key = shardKey(word);
    let words = byKey.get(key);
    if (!words) byKey.set(key, (words = []));
    words.push({ word, ...postings });
  }
  const previous = new Set(task.previous);
  // Shards that may change: those with new postings, and, when articles moved or went, every old one.
  const keys = new Set([...byKey.keys(), ...(task.renumber ? previous : [])]);
  const result: ShardBucketResult = { keys: [], written: [], emptied: [] };
  for (const key of [...keys].sort()) {
    const fileName = shardFile(key);
    const before = previous.has(key) ? readFileSync(path.join(folders.publishedDir, fileName)) : null;
    const words = merge(before ? renumbered(decodeShard(before), task.renumber) : [], byKey.get(key) ?? []);
    if (words.length === 0) {
      if (before) result.emptied.push(key);
      continue;
    }
    result.keys.push(key);
    const bytes = encodeShard(words);
    if (before && Buffer.compare(before, bytes) === 0) continue;
    write(withCompressed({ fileName, source: bytes }));
    result.written.push(key);
  }
  for (const key of previous) if (!keys.has(key)) result.keys.push(key);
  return result;
}

function renumbered(words: readonly ShardWord[], renumber: Int32Array | null): ShardWord[] {
  if (!renumber) return [...words];
  return words.map(({ word, articles, weights }) => {
    const kept: ShardWord = { word, articles: [], weights: [] };
    for (let i = 0; i < articles.length; i++) {
      const now = renumber[articles[i] as number] ?? -1;
      if (now >= 0) {
        kept.articles.push(now);
        kept.weights.push(weights[i] as number);
      }
    }
    return kept;
  });
}

/** Old and new postings of each word together, articles ascending, words in order, empty words dropped. */
function merge(old: readonly ShardWord[], added: readonly ShardWord[]): ShardWord[] {
  const words = new Map(old.map((entry) => [entry.word, entry]));
  for (const entry of added) {
    const existing = words.get(entry.word);
    if (!existing) {
      words.set(entry.word, entry);
      continue;
    }
    const pairs = existing.articles.map((article, i) => [article, existing.weights[i] as number]);
    entry.articles.forEach((article, i) => pairs.push([article, entry.weights[i] as number]));
    pairs.sort((a, b) => (a[0] as number) - (b[0] as number));
    words.set(entry.word, {
      word: entry.word,
      articles: pairs.map((pair) => pair[0] as number),
      weights: pairs.map((pair) => pair[1] as number),
    });
  }
  return [...words.values()]
    .filter((entry) => entry.articles.length > 0)
    .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
