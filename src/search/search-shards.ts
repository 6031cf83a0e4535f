// The search index as the build writes it and the browser reads it: small binary files, one per shard, a shard
// holding every indexed word that starts with the same three letters (or a shorter word whole), so a query
// fetches one shard per word, never the whole index. A shard that would be larger than SHARD_LIMIT is split by
// the next letter, and again if need be: the manifest names the split prefixes and every shard, so the browser
// knows which file holds a word. An article is found by its number in publication order (0 = the oldest),
// which is also where the pages of the list hold it: the browser reads headlines and standfirsts from there.
//
// A shard: version byte, number of words, then for each word in ascending order its UTF-8 length and bytes,
// its number of articles, and for each article the gap from the previous article's number and a weight byte.
// Numbers are unsigned LEB128 varints.

export const SEARCH_DIR = 'data/search';
export const SEARCH_MANIFEST = `${SEARCH_DIR}/index.json`;
const FORMAT = 1;
/** Words of at least this many letters also match as the start of longer words; the shard key is this long. */
export const PREFIX_FROM = 3;
/** A shard above this many bytes is split by the next letter (down to SPLIT_DEPTH letters). */
export const SHARD_LIMIT = 128_000;
export const SPLIT_DEPTH = 8;

export interface SearchManifestJson {
  format: 2;
  /** Articles indexed: numbers 0 to articles − 1. */
  articles: number;
  /** Every shard's key, in order. */
  shards: string[];
  /** Prefixes whose words are split among longer keys (a split key's own shard holds the word itself). */
  split: string[];
}

export interface ShardWord {
  word: string;
  /** Article numbers, ascending. */
  articles: number[];
  /** The word's weight in each of those articles. */
  weights: number[];
}

/**
 * A word of a shard with its postings left as the shard wrote them (gaps and weights): an incremental build
 * decodes only the words that an article it read uses, and copies the others as they are.
 */
export interface EncodedWord {
  word: string;
  /** How many articles. */
  count: number;
  postings: Uint8Array;
}

/** The first `length` letters of a word (letters, not UTF-16 units). */
export function prefixOf(word: string, length: number): string {
  const short = word.slice(0, length);
  // UTF-16 units are letters unless one is half of a letter outside the Basic Multilingual Plane.
  return /[\uD800-\uDFFF]/.test(short) ? [...word].slice(0, length).join('') : short;
}

/** The family a word belongs to: its first three letters, or the whole word if shorter. */
export function shardKey(word: string): string {
  return prefixOf(word, PREFIX_FROM);
}

/**
 * The shards that may hold `word` and, for a word long enough, the words it starts: the one shard on its path
 * through the split prefixes, or, when the word is itself a split prefix, every shard under it.
 */
export function shardsFor(word: string, manifest: Pick<SearchManifestJson, 'shards' | 'split'>): string[] {
  const split = new Set(manifest.split);
  let key = shardKey(word);
  while (split.has(key) && key.length < word.length) key = prefixOf(word, [...key].length + 1);
  if (split.has(key) && key === word && [...word].length >= PREFIX_FROM) {
    return manifest.shards.filter((shard) => shard.startsWith(word));
  }
  return manifest.shards.includes(key) ? [key] : [];
}

/** A shard's file: the key itself when it is plain ASCII, otherwise its UTF-8 bytes in hex. */
export function shardFile(key: string): string {
  const name = /^[a-z0-9]+$/.test(key)
    ? key
    : `u${[...new TextEncoder().encode(key)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  return `${SEARCH_DIR}/${name}.bin`;
}

export function encodeShard(words: ReadonlyArray<ShardWord | EncodedWord>): Uint8Array {
  const shard = new ShardWriter();
  for (const entry of words) {
    if ('postings' in entry) shard.addEncoded(entry);
    else shard.add(entry.word, entry.articles, entry.weights);
  }
  return shard.result();
}

/** Writes a shard a word at a time: for postings held in shared arrays, which no per-word object need copy. */
export class ShardWriter {
  private readonly out = new ByteWriter();
  private words = 0;

  /** The word's postings are `articles` and `weights` from `from` up to `to`. */
  add(
    word: string,
    articles: ArrayLike<number>,
    weights: ArrayLike<number>,
    from = 0,
    to = articles.length,
  ): void {
    const { out } = this;
    this.words++;
    out.text(word);
    out.varint(to - from);
    let previous = 0;
    for (let i = from; i < to; i++) {
      const article = articles[i] as number;
      out.varint(article - previous);
      out.byte(weights[i] as number);
      previous = article;
    }
  }

  addEncoded(entry: EncodedWord): void {
    this.words++;
    this.out.text(entry.word);
    this.out.varint(entry.count);
    this.out.bytes(entry.postings);
  }

  result(): Uint8Array {
    const head = new ByteWriter();
    head.byte(FORMAT);
    head.varint(this.words);
    head.bytes(this.out.view());
    return head.result();
  }
}

/** Reads a shard; throws on a shard cut short, with bytes to spare, or in another format. */
export function decodeShard(bytes: Uint8Array): ShardWord[] {
  const decoder = new TextDecoder();
  let at = 0;
  const byte = () => {
    if (at >= bytes.length) throw new Error('unreadable search shard');
    return bytes[at++] as number;
  };
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const next = byte();
      value += (next & 0x7f) * 2 ** shift;
      if (next < 0x80) return value;
    }
  };
  const words: ShardWord[] = [];
  let count = byte() === FORMAT ? varint() : -1;
  for (; count > 0; count--) {
    const length = varint();
    const word = decoder.decode(bytes.subarray(at, (at += length)));
    const postings = varint();
    const entry: ShardWord = { word, articles: new Array(postings), weights: new Array(postings) };
    for (let i = 0, previous = 0; i < postings; i++) {
      entry.articles[i] = previous += varint();
      entry.weights[i] = byte();
    }
    words.push(entry);
  }
  if (count < 0 || at !== bytes.length) throw new Error('unreadable search shard');
  return words;
}

/** A shard's words with their postings left encoded; throws as decodeShard does. */
export function encodedWords(bytes: Uint8Array): EncodedWord[] {
  const decoder = new TextDecoder();
  let at = 0;
  const byte = () => {
    if (at >= bytes.length) throw new Error('unreadable search shard');
    return bytes[at++] as number;
  };
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const next = byte();
      value += (next & 0x7f) * 2 ** shift;
      if (next < 0x80) return value;
    }
  };
  const words: EncodedWord[] = [];
  let count = byte() === FORMAT ? varint() : -1;
  for (; count > 0; count--) {
    const length = varint();
    const word = decoder.decode(bytes.subarray(at, (at += length)));
    const postings = varint();
    const start = at;
    // Past each gap (its last byte is below 0x80) and its weight byte.
    for (let i = 0; i < postings; i++) {
      while (byte() >= 0x80);
      byte();
    }
    words.push({ word, count: postings, postings: bytes.subarray(start, at) });
  }
  if (count < 0 || at !== bytes.length) throw new Error('unreadable search shard');
  return words;
}

/** Made on first use, not when the module loads: the page that reads shards never writes one. */
let textEncoder: TextEncoder | undefined;

class ByteWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }

  byte(value: number): void {
    this.room(1);
    this.buffer[this.length++] = value;
  }

  varint(value: number): void {
    this.room(8);
    let rest = value;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }

  bytes(values: Uint8Array): void {
    this.room(values.length);
    this.buffer.set(values, this.length);
    this.length += values.length;
  }

  /** Its UTF-8 length, then its UTF-8 bytes. */
  text(value: string): void {
    let ascii = true;
    for (let i = 0; i < value.length && ascii; i++) ascii = value.charCodeAt(i) < 0x80;
    if (!ascii) {
      const bytes = (textEncoder ??= new TextEncoder()).encode(value);
      this.varint(bytes.length);
      this.bytes(bytes);
      return;
    }
    this.varint(value.length);
    this.room(value.length);
    for (let i = 0; i < value.length; i++) this.buffer[this.length++] = value.charCodeAt(i);
  }

  /** What is written so far, not copied. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/**
 * A shard's bytes with its articles renumbered (`renumber[old]` is the new number, or −1 for an article gone),
 * without decoding it into words: what an incremental build does to most shards when an article is deleted.
 * Numbers only shrink or stay, so the result fits in the input's length. Null when no word is left.
 */
export function renumberShard(
  bytes: Uint8Array,
  renumber: Int32Array,
): { bytes: Uint8Array; words: number } | null {
  // A word's postings are written 16 bytes past its header's place first: room for any header length.
  const body = new Uint8Array(bytes.length + 32);
  let at = 0;
  let out = 0;
  const read = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const next = bytes[at++] as number;
      value += (next & 0x7f) * 2 ** shift;
      if (next < 0x80) return value;
    }
  };
  const write = (target: Uint8Array, offset: number, value: number) => {
    let rest = value;
    let position = offset;
    while (rest >= 0x80) {
      target[position++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    target[position++] = rest;
    return position;
  };
  if (bytes[at++] !== FORMAT) throw new Error('unreadable search shard');
  let words = 0;
  for (let count = read(); count > 0; count--) {
    const length = read();
    const word = bytes.subarray(at, (at += length));
    const postings = read();
    // The word's new postings go after room for its header; moved back if the header is shorter.
    const headerAt = out;
    let cursor = out + 16 + length;
    let kept = 0;
    let previousOld = 0;
    let previousNew = 0;
    for (let i = 0; i < postings; i++) {
      previousOld += read();
      const weight = bytes[at++] as number;
      const now = renumber[previousOld] ?? -1;
      if (now < 0) continue;
      cursor = write(body, cursor, now - previousNew);
      body[cursor++] = weight;
      previousNew = now;
      kept++;
    }
    if (kept === 0) continue;
    const postingsAt = headerAt + 16 + length;
    const postingBytes = body.slice(postingsAt, cursor);
    out = write(body, headerAt, length);
    body.set(word, out);
    out = write(body, out + length, kept);
    body.set(postingBytes, out);
    out += postingBytes.length;
    words++;
  }
  if (words === 0) return null;
  const header = new Uint8Array(1 + 8);
  header[0] = FORMAT;
  const headerLength = write(header, 1, words);
  const result = new Uint8Array(headerLength + out);
  result.set(header.subarray(0, headerLength));
  result.set(body.subarray(0, out), headerLength);
  return { bytes: result, words };
}
