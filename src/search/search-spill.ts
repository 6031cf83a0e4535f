// The build's search postings on their way to the shards: each worker collects the postings of the articles it
// reads into 64 buckets (by shard key) and appends a bucket to its spill file when it grows, so memory stays
// small however large the archive; the shard stage then reads one bucket at a time. Postings are held by word
// number in flat arrays (no object or array per word), and sorted into words only when they go to disk.
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { grownArray } from './grown-array.ts';
import type { NumberedTerms, WordNumbering } from './search-terms.ts';
import { decodeShard, shardKey, ShardWriter, type ShardWord } from './search-shards.ts';

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
  /** Per word number: its place among the words held, or −1. */
  private placeOf = new Int32Array(1024).fill(-1);
  /** Per word held, in the order first met: its number, and how many of its postings are held. */
  private wordNumbers = new Int32Array(1024);
  private wordPostings = new Int32Array(1024);
  private wordsHeld = 0;
  /** Per posting held: its word's place, its article and its weight. */
  private postingWords = new Int32Array(FLUSH_AT);
  private postingArticles = new Int32Array(FLUSH_AT);
  private postingWeights = new Uint8Array(FLUSH_AT);
  private held = 0;

  constructor(
    private readonly dir: string,
    /** Names this writer's files apart from other workers'. */
    private readonly writer: number,
    /** Names the words of the numbers added. */
    private readonly numbering: WordNumbering,
  ) {}

  /** Articles must come in ascending order within one writer. */
  add(article: number, terms: NumberedTerms): void {
    if (this.held + terms.count > this.postingWords.length) {
      const length = 2 * (this.held + terms.count);
      this.postingWords = grownArray(this.postingWords, length);
      this.postingArticles = grownArray(this.postingArticles, length);
      this.postingWeights = grownArray(this.postingWeights, length);
    }
    for (let i = 0; i < terms.count; i++) {
      const number = terms.numbers[i] as number;
      if (number >= this.placeOf.length) this.placeOf = grownArray(this.placeOf, 2 * number + 2, -1);
      let place = this.placeOf[number] as number;
      if (place === -1) {
        place = this.wordsHeld++;
        if (place === this.wordNumbers.length) {
          this.wordNumbers = grownArray(this.wordNumbers, 2 * place);
          this.wordPostings = grownArray(this.wordPostings, 2 * place);
        }
        this.placeOf[number] = place;
        this.wordNumbers[place] = number;
      }
      this.wordPostings[place] = (this.wordPostings[place] as number) + 1;
      this.postingWords[this.held] = place;
      this.postingArticles[this.held] = article;
      this.postingWeights[this.held] = terms.weights[i] as number;
      this.held++;
    }
    if (this.held >= FLUSH_AT) this.flush();
  }

  /** Appends what is held to the spill files, one chunk per bucket; afterwards no word number is held. */
  flush(): void {
    // The postings sorted by word, each word's in the order added (articles ascending).
    const starts = new Int32Array(this.wordsHeld + 1);
    for (let place = 0; place < this.wordsHeld; place++)
      starts[place + 1] = (starts[place] as number) + (this.wordPostings[place] as number);
    const next = starts.slice(0, this.wordsHeld);
    const articles = new Int32Array(this.held);
    const weights = new Uint8Array(this.held);
    for (let i = 0; i < this.held; i++) {
      const place = this.postingWords[i] as number;
      const at = next[place] as number;
      next[place] = at + 1;
      articles[at] = this.postingArticles[i] as number;
      weights[at] = this.postingWeights[i] as number;
    }
    const chunks: Array<ShardWriter | undefined> = [];
    for (let place = 0; place < this.wordsHeld; place++) {
      const number = this.wordNumbers[place] as number;
      const word = this.numbering.word(number);
      const bucket = bucketOf(shardKey(word));
      const chunk = (chunks[bucket] ??= new ShardWriter());
      chunk.add(word, articles, weights, starts[place] as number, starts[place + 1] as number);
      this.placeOf[number] = -1;
      this.wordPostings[place] = 0;
    }
    chunks.forEach((chunk, bucket) => {
      if (!chunk) return;
      const bytes = chunk.result();
      const length = new Uint8Array(4);
      new DataView(length.buffer).setUint32(0, bytes.length);
      const file = openSync(path.join(this.dir, `b${bucket}-w${this.writer}.spill`), 'a');
      try {
        writeSync(file, length);
        writeSync(file, bytes);
      } finally {
        closeSync(file);
      }
    });
    this.wordsHeld = 0;
    this.held = 0;
    this.numbering.released();
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
