// Builds the search shards of one spill bucket (src/search/search-spill.ts) in a build worker, a family at a
// time (the words that share their first three letters), splitting a family's shard by the next letter while it
// is larger than SHARD_LIMIT. A clean build makes every family from the spilled postings alone. An incremental
// build starts a family from the shards it published last time, renumbers their articles (an article removed or
// edited since is dropped; the others keep their order), adds the postings of the articles it read, and
// writes a shard only if its bytes changed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withCompressed, type OutputFile } from '../prerender/output-files.ts';
import {
  decodeShard,
  encodedWords,
  encodeShard,
  renumberShard,
  prefixOf,
  SHARD_LIMIT,
  shardFile,
  shardKey,
  SPLIT_DEPTH,
  type EncodedWord,
  type ShardWord,
} from './search-shards.ts';
import { mergePostings } from './merge-postings.ts';
import { readSpillBucket } from './search-spill.ts';

export interface ShardBucketTask {
  bucket: number;
  /** This bucket's shard keys in the last build (none in a clean build). */
  previous: string[];
  /** Old article number → new one, or −1 for an article removed or edited; null when none moved. */
  renumber: Int32Array | null;
}

export interface ShardBucketResult {
  /** This bucket's shard keys in this build. */
  keys: string[];
  /** Its split prefixes. */
  split: string[];
  /** Keys whose files this build writes. */
  written: string[];
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
  const added = new Map<string, ShardWord[]>();
  for (const [word, postings] of readSpillBucket(folders.spillDir, task.bucket)) {
    const family = shardKey(word);
    let words = added.get(family);
    if (!words) added.set(family, (words = []));
    words.push({ word, ...postings });
  }
  const before = new Map<string, string[]>();
  for (const key of task.previous) {
    const family = shardKey(key);
    before.set(family, [...(before.get(family) ?? []), key]);
  }
  // Families that may change: those with new postings, and, when articles moved or went, every old one.
  const families = new Set([...added.keys(), ...(task.renumber ? before.keys() : [])]);
  const result: ShardBucketResult = { keys: [], split: [], written: [] };
  for (const [family, keys] of before) {
    if (!families.has(family)) result.keys.push(...keys);
  }
  // An unchanged family's split prefixes are the prefixes of its keys that have keys below them.
  result.split.push(
    ...splitOf([...before].filter(([family]) => !families.has(family)).flatMap(([, keys]) => keys)),
  );

  for (const family of [...families].sort()) {
    const previousFiles = new Map(
      (before.get(family) ?? []).map((key) => [
        key,
        readFileSync(path.join(folders.publishedDir, shardFile(key))),
      ]),
    );
    // Articles renumbered, none added: the shards' bytes are renumbered as they are, if the family keeps its
    // layout (a clean build would split it the same way); otherwise it is laid out afresh.
    const renumberedOnly =
      task.renumber && !added.has(family) ? sameLayout(previousFiles, task.renumber) : null;
    const { files, split } =
      renumberedOnly ??
      layOutFamily(
        family,
        mergePostings(
          [...previousFiles.values()].flatMap((bytes) => encodedWords(renumbered(bytes, task.renumber))),
          added.get(family) ?? [],
        ),
      );
    result.split.push(...split);
    for (const [key, bytes] of files) {
      result.keys.push(key);
      const previous = previousFiles.get(key);
      if (previous && Buffer.compare(previous, bytes) === 0) continue;
      write(withCompressed({ fileName: shardFile(key), source: bytes }));
      result.written.push(key);
    }
  }
  result.keys.sort();
  result.split.sort();
  return result;
}

export interface FamilyLayout {
  /** Each shard's bytes, by key. */
  files: Map<string, Uint8Array>;
  split: string[];
}

/** A family's shards, by key, and its split prefixes. `words` in order. */
export function layOutFamily(
  family: string,
  words: ReadonlyArray<ShardWord | EncodedWord>,
  limit = SHARD_LIMIT,
): FamilyLayout {
  const files = new Map<string, Uint8Array>();
  const split: string[] = [];
  layOut(family, words, files, split, limit);
  return { files, split };
}

/**
 * A family's shards with their articles renumbered, byte by byte, when the layout a clean build would choose
 * is the one it has: every split prefix still holds more than SHARD_LIMIT bytes and more than one word.
 * Null when it is not, and the family must be laid out afresh.
 */
function sameLayout(previous: ReadonlyMap<string, Uint8Array>, renumber: Int32Array): FamilyLayout | null {
  const files = new Map<string, Uint8Array>();
  const leaves: Array<{ key: string; words: number; wordBytes: number }> = [];
  for (const [key, bytes] of previous) {
    const shard = renumberShard(bytes, renumber);
    if (!shard) continue;
    files.set(key, shard.bytes);
    leaves.push({ key, words: shard.words, wordBytes: shard.bytes.length - 1 - varintLength(shard.words) });
  }
  const split = splitOf([...previous.keys()]);
  for (const prefix of split) {
    let words = 0;
    let wordBytes = 0;
    for (const leaf of leaves) {
      if (!leaf.key.startsWith(prefix)) continue;
      words += leaf.words;
      wordBytes += leaf.wordBytes;
    }
    if (words <= 1 || 1 + varintLength(words) + wordBytes <= SHARD_LIMIT) return null;
  }
  return { files, split };
}

function varintLength(value: number): number {
  let length = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) length++;
  return length;
}

/** Splits a family into shards no larger than SHARD_LIMIT: a key's own shard holds the word equal to it. */
function layOut(
  key: string,
  words: ReadonlyArray<ShardWord | EncodedWord>,
  files: Map<string, Uint8Array>,
  split: string[],
  limit: number,
): void {
  if (words.length === 0) return;
  const length = [...key].length;
  const bytes = length >= SPLIT_DEPTH || words.length === 1 ? null : encodeShard(words);
  if (!bytes || bytes.length <= limit) {
    files.set(key, bytes ?? encodeShard(words));
    return;
  }
  split.push(key);
  const own = words.filter((entry) => entry.word === key);
  if (own.length > 0) files.set(key, encodeShard(own));
  const children = new Map<string, Array<ShardWord | EncodedWord>>();
  for (const entry of words) {
    if (entry.word === key) continue;
    const child = prefixOf(entry.word, length + 1);
    let group = children.get(child);
    if (!group) children.set(child, (group = []));
    group.push(entry);
  }
  for (const [child, group] of children) layOut(child, group, files, split, limit);
}

/** The split prefixes of a family laid out as `keys`: every key that has another key below it. */
function splitOf(keys: readonly string[]): string[] {
  const split = new Set<string>();
  for (const key of keys) {
    const letters = [...key];
    for (let length = 3; length < letters.length; length++) split.add(letters.slice(0, length).join(''));
  }
  return [...split];
}

/** A shard's bytes with its articles renumbered (byte by byte: faster than decoding first). */
function renumbered(bytes: Uint8Array, renumber: Int32Array | null): Uint8Array {
  if (!renumber) return bytes;
  return renumberShard(bytes, renumber)?.bytes ?? EMPTY_SHARD;
}

const EMPTY_SHARD = encodeShard([]);

/** A whole search index made in memory, for a small site (the development server, tests): the same shards. */
export function searchIndexOf(
  termsOfArticles: ReadonlyArray<ReadonlyMap<string, number>>,
  limit = SHARD_LIMIT,
): {
  shards: Map<string, ShardWord[]>;
  split: string[];
} {
  const families = new Map<string, Map<string, ShardWord>>();
  termsOfArticles.forEach((terms, article) => {
    for (const [word, weight] of terms) {
      const family = shardKey(word);
      let words = families.get(family);
      if (!words) families.set(family, (words = new Map()));
      let entry = words.get(word);
      if (!entry) words.set(word, (entry = { word, articles: [], weights: [] }));
      entry.articles.push(article);
      entry.weights.push(weight);
    }
  });
  const shards = new Map<string, ShardWord[]>();
  const split: string[] = [];
  for (const [family, words] of families) {
    const laidOut = layOutFamily(family, mergePostings([], [...words.values()]), limit);
    for (const [key, bytes] of laidOut.files) shards.set(key, decodeShard(bytes));
    split.push(...laidOut.split);
  }
  return { shards, split: split.sort() };
}
