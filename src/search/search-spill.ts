// The build's search postings on their way to the shards: each worker collects the postings of the articles it
// reads into 64 buckets (by shard key) and appends a bucket to its spill file when it grows, so memory stays
// small however large the archive; the shard stage then reads one bucket at a time.
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { decodeShard, encodeShard, shardKey, type ShardWord } from './search-shards.ts';

export const SPILL_BUCKETS = 64;
/** Postings a worker holds in memory before they go to disk (a few megabytes). */
const FLUSH_AT = 300_000;

export function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SPILL_BUCKETS;
}

type Postings = { articles: number[]; weights: number[] };

export class SearchSpill {
  /** Every word held, with its postings and its bucket (worked out once per word, not once per posting). */
  private readonly words = new Map<string, Postings & { bucket: number }>();
  private held = 0;

  constructor(
    private readonly dir: string,
    /** Names this writer's files apart from other workers'. */
    private readonly writer: number,
  ) {}

  /** Articles must come in ascending order within one writer. */
  add(article: number, terms: ReadonlyMap<string, number>): void {
    for (const [word, weight] of terms) {
      let postings = this.words.get(word);
      if (!postings) {
        postings = { bucket: bucketOf(shardKey(word)), articles: [], weights: [] };
        this.words.set(word, postings);
      }
      postings.articles.push(article);
      postings.weights.push(weight);
    }
    this.held += terms.size;
    if (this.held >= FLUSH_AT) this.flush();
  }

  /** Appends what is held to the spill files, one chunk per bucket. */
  flush(): void {
    const byBucket = Array.from({ length: SPILL_BUCKETS }, () => [] as ShardWord[]);
    for (const [word, { bucket, articles, weights }] of this.words)
      byBucket[bucket]?.push({ word, articles, weights });
    byBucket.forEach((words, bucket) => {
      if (words.length === 0) return;
      const chunk = encodeShard(words);
      const length = new Uint8Array(4);
      new DataView(length.buffer).setUint32(0, chunk.length);
      const file = openSync(path.join(this.dir, `b${bucket}-w${this.writer}.spill`), 'a');
      try {
        writeSync(file, length);
        writeSync(file, chunk);
      } finally {
        closeSync(file);
      }
    });
    this.words.clear();
    this.held = 0;
  }
}

/** Every posting spilled into a bucket, by word, articles ascending. */
export function readSpillBucket(dir: string, bucket: number): Map<string, Postings> {
  const words = new Map<string, Postings>();
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.startsWith(`b${bucket}-`));
  } catch {
    return words;
  }
  for (const name of names.sort()) {
    const bytes = readFileSync(path.join(dir, name));
    for (let at = 0; at < bytes.length;) {
      const length = new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0);
      for (const entry of decodeShard(bytes.subarray(at + 4, at + 4 + length))) {
        const postings = words.get(entry.word);
        if (postings) {
          for (let i = 0; i < entry.articles.length; i++) {
            postings.articles.push(entry.articles[i] as number);
            postings.weights.push(entry.weights[i] as number);
          }
        } else {
          words.set(entry.word, { articles: entry.articles, weights: entry.weights });
        }
      }
      at += 4 + length;
    }
  }
  for (const postings of words.values()) sortPostings(postings);
  return words;
}

function sortPostings(postings: Postings): void {
  const { articles, weights } = postings;
  let sorted = true;
  for (let i = 1; i < articles.length && sorted; i++)
    sorted = (articles[i - 1] as number) < (articles[i] as number);
  if (sorted) return;
  const order = articles.map((_, i) => i).sort((a, b) => (articles[a] as number) - (articles[b] as number));
  postings.articles = order.map((i) => articles[i] as number);
  postings.weights = order.map((i) => weights[i] as number);
}

export type { ShardWord };
