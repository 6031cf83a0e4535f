// The build cache: what the last successful build knew, so the next one redoes only what changed. It lives in
// one folder (node_modules/.cache/habari/ by default, HABARI_CACHE_DIR to move it), holds plain files, and
// deleting it (or `npm run build:clean`) forces a clean build. `build.json` is written last and removed before
// the published folder is touched, so a build stopped half-way leaves no cache to trust: the next one is clean.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SeedEntry } from '../src/seeds/scan-seeds.ts';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import type { RelatedTable } from '../src/site/related-articles.ts';

const FORMAT = 7;
/** The seeds' records are kept in this many files, so a build that read a few seeds rewrites a few files. */
const SEED_FILES = 64;

/** What the cache belongs to: a cache for other code, seeds or output is not used. */
export interface CacheState {
  format: number;
  codeKey: string;
  /** The word-frequency table's digest: every record's vector depends on it. */
  tableDigest: string;
  seedsDir: string;
  outDir: string;
}

export interface CachedSeed extends SeedEntry {
  record: SeedRecord;
}

/**
 * A seed file: its seeds without their words and popular headlines, and those of all its seeds in three
 * arrays of numbers into the strings file (`strings.v8`), which holds each string once. Loaded, every record
 * that has a word or names a headline shares one string for it, as the build's own records do; and a seed file
 * is a handful of typed arrays, not three per seed (100,000 seeds: 0.5 s to read instead of 1.1 s).
 */
interface SeedFile {
  seeds: Array<[string, StoredSeed]>;
  /** Where each seed's words end in `terms` and `weights`, and its popular headlines in `popular`. */
  termsEnd: Int32Array;
  popularEnd: Int32Array;
  terms: Int32Array;
  weights: Int32Array;
  popular: Int32Array;
}

type StoredSeed = SeedEntry & { record: Omit<SeedRecord, 'vector' | 'popular'> };

export interface CachedBuild {
  state: CacheState;
  /** By seed file name, in publication order. */
  seeds: Map<string, CachedSeed>;
  /** Each article's related articles, best first, by position in `seeds` (publication order). */
  related: RelatedTable;
  /** Each output unit's key (plugins/output-plan.ts): the inputs it was last written from. */
  units: Map<string, string>;
  /** The strings the seed files number: the next cache's seed files that are not written again keep them. */
  strings: readonly string[];
}

const files = (cacheDir: string) => ({
  state: path.join(cacheDir, 'build.json'),
  seeds: (part: number) => path.join(cacheDir, `seeds-${part}.v8`),
  stagedSeeds: (part: number) => path.join(cacheDir, `seeds-${part}.v8.next`),
  strings: path.join(cacheDir, 'strings.v8'),
  stagedStrings: path.join(cacheDir, 'strings.v8.next'),
  related: path.join(cacheDir, 'related.v8'),
  units: path.join(cacheDir, 'units.v8'),
});

/** The cache folder of an output folder: each output folder has its own. */
export function defaultCacheDir(root: string, outDir: string): string {
  const id = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules/.cache/habari', `${path.basename(outDir)}-${id}`);
}

/**
 * The last build's cache, if it belongs to `expected` (the same code, word table, seeds and output folders);
 * otherwise null, and none of its large files is read.
 */
export function loadCache(cacheDir: string, expected: Omit<CacheState, 'format'>): CachedBuild | null {
  const paths = files(cacheDir);
  if (!existsSync(paths.state)) return null;
  try {
    const state = JSON.parse(readFileSync(paths.state, 'utf8')) as CacheState;
    const wanted: CacheState = { format: FORMAT, ...expected };
    const keys = Object.keys(wanted) as Array<keyof CacheState>;
    if (keys.some((key) => state[key] !== wanted[key])) return null;
    const strings = deserialize(readFileSync(paths.strings)) as string[];
    return {
      state,
      // In publication order (name order), whichever file each record was kept in.
      seeds: new Map(
        Array.from({ length: SEED_FILES }, (_, part) =>
          cachedSeeds(deserialize(readFileSync(paths.seeds(part))) as SeedFile, strings),
        )
          .flat()
          .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
      ),
      related: deserialize(readFileSync(paths.related)) as RelatedTable,
      units: new Map(readChunks<[string, string]>(paths.units)),
      strings,
    };
  } catch {
    // A cache that cannot be read is no cache: the build is clean.
    return null;
  }
}

/** A seed file's seeds with their words and headlines as strings again, each seed changed in place. */
function cachedSeeds(file: SeedFile, strings: readonly string[]): Array<[string, CachedSeed]> {
  // Filled by hand: Array.from with a function over a typed array is several times slower.
  const textsOf = (numbers: Int32Array, start: number, end: number) => {
    const texts = new Array<string>(end - start);
    for (let i = start; i < end; i++) {
      const found = strings[numbers[i] as number];
      if (found === undefined) throw new Error(`string ${numbers[i]} is missing from strings.v8`);
      texts[i - start] = found;
    }
    return texts;
  };
  let termsStart = 0;
  let popularStart = 0;
  return file.seeds.map(([name, stored], at) => {
    const termsEnd = file.termsEnd[at] as number;
    const popularEnd = file.popularEnd[at] as number;
    const weights = new Array<number>(termsEnd - termsStart);
    for (let i = termsStart; i < termsEnd; i++) weights[i - termsStart] = file.weights[i] as number;
    const seed = stored as CachedSeed;
    seed.record.vector = { terms: textsOf(file.terms, termsStart, termsEnd), weights };
    seed.record.popular = textsOf(file.popular, popularStart, popularEnd);
    termsStart = termsEnd;
    popularStart = popularEnd;
    return [name, seed];
  });
}

/** The seed file of `seeds`, their strings numbered by `strings`. */
function seedFileOf(seeds: ReadonlyArray<[string, CachedSeed]>, strings: StringNumbers): SeedFile {
  let termCount = 0;
  let popularCount = 0;
  for (const [, { record }] of seeds) {
    termCount += record.vector.terms.length;
    popularCount += record.popular.length;
  }
  const file: SeedFile = {
    seeds: [],
    termsEnd: new Int32Array(seeds.length),
    popularEnd: new Int32Array(seeds.length),
    terms: new Int32Array(termCount),
    weights: new Int32Array(termCount),
    popular: new Int32Array(popularCount),
  };
  let terms = 0;
  let popular = 0;
  seeds.forEach(([name, seed], at) => {
    const { vector, popular: headlines, ...record } = seed.record;
    file.seeds.push([name, { ...seed, record }]);
    strings.number(vector.terms, file.terms, terms);
    file.weights.set(vector.weights, terms);
    strings.number(headlines, file.popular, popular);
    file.termsEnd[at] = terms += vector.terms.length;
    file.popularEnd[at] = popular += headlines.length;
  });
  return file;
}

/** The strings file as the next cache will have it: the last one's strings keep their numbers; new ones follow. */
class StringNumbers {
  private readonly numbers: Map<string, number>;

  constructor(readonly strings: string[]) {
    this.numbers = new Map(strings.map((text, at) => [text, at]));
  }

  /** Writes the numbers of `texts` into `numbers` from `start`. */
  number(texts: readonly string[], numbers: Int32Array, start: number): void {
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] as string;
      let number = this.numbers.get(text);
      if (number === undefined) {
        number = this.strings.length;
        this.numbers.set(text, number);
        this.strings.push(text);
      }
      numbers[start + i] = number;
    }
  }
}

/** Called before the published folder changes: until saveCache, no build may trust this cache. */
export function invalidateCache(cacheDir: string): void {
  rmSync(files(cacheDir).state, { force: true });
}

/** Which of the seed files holds a seed's record: FNV-1a of the name (SHA-1 took 0.36 s for 100,000 names). */
function seedFile(name: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < name.length; at++) hash = Math.imul(hash ^ name.charCodeAt(at), 0x01000193);
  return (hash >>> 0) % SEED_FILES;
}

/** The seeds to keep, in publication order; each made only when its file is written. */
export interface SeedsToSave {
  names: readonly string[];
  seedAt: (position: number) => CachedSeed;
}

/**
 * Writes the seed files of the next cache beside the current ones, as soon as the records are complete, so
 * the build can let go of their vectors before it makes the pages. `changed`: the names of the seeds read or
 * removed in this build, and the strings of the cache it started from; only the seed files that hold one of
 * those seeds are written (every one, when null). One seed file's records are made at a time. Nothing reads
 * these files until saveCache puts them in place.
 */
export function stageSeedFiles(
  cacheDir: string,
  seeds: SeedsToSave,
  changed: { seeds: ReadonlySet<string>; strings: readonly string[] } | null,
): void {
  const paths = files(cacheDir);
  mkdirSync(cacheDir, { recursive: true });
  // Those a build that stopped half-way left: never to be put in place.
  for (let part = 0; part < SEED_FILES; part++) rmSync(paths.stagedSeeds(part), { force: true });
  rmSync(paths.stagedStrings, { force: true });
  const dirty = changed ? new Set([...changed.seeds].map(seedFile)) : null;
  // The seed files not written again number their strings in the current strings file: its numbers are kept.
  const strings = new StringNumbers(changed ? [...changed.strings] : []);
  const { names, seedAt } = seeds;
  const fileOf = Uint8Array.from(names, seedFile);
  for (let part = 0; part < SEED_FILES; part++) {
    if (dirty && !dirty.has(part)) continue;
    const entries: Array<[string, CachedSeed]> = [];
    for (let at = 0; at < names.length; at++) {
      if (fileOf[at] === part) entries.push([names[at] as string, seedAt(at)]);
    }
    writeFileSync(paths.stagedSeeds(part), serialize(seedFileOf(entries, strings)));
  }
  writeFileSync(paths.stagedStrings, serialize(strings.strings));
}

/** Writes the cache: the seed files stageSeedFiles wrote take their place, then the rest, then the state. */
export function saveCache(
  cacheDir: string,
  build: Pick<CachedBuild, 'related' | 'units'> & { state: Omit<CacheState, 'format'> },
): void {
  const paths = files(cacheDir);
  for (let part = 0; part < SEED_FILES; part++) {
    if (existsSync(paths.stagedSeeds(part))) renameSync(paths.stagedSeeds(part), paths.seeds(part));
  }
  // Last of the files the seed files number their strings in: a stop before this leaves no state to trust.
  renameSync(paths.stagedStrings, paths.strings);
  writeFileSync(paths.related, serialize(build.related));
  writeChunks(paths.units, build.units);
  writeFileSync(paths.state, JSON.stringify({ format: FORMAT, ...build.state }, null, 2));
}

/** Entries per chunk of a long list: a million units are written without one buffer of them all. */
const CHUNK = 50_000;

/** Writes `entries` as length-prefixed serialized chunks. */
function writeChunks<T>(file: string, entries: Iterable<T>): void {
  const descriptor = openSync(file, 'w');
  try {
    let chunk: T[] = [];
    const flush = () => {
      const bytes = serialize(chunk);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.length);
      writeSync(descriptor, length);
      writeSync(descriptor, bytes);
      chunk = [];
    };
    for (const entry of entries) {
      chunk.push(entry);
      if (chunk.length === CHUNK) flush();
    }
    flush();
  } finally {
    closeSync(descriptor);
  }
}

/** The entries `writeChunks` wrote, in order. */
function* readChunks<T>(file: string): Generator<T> {
  const bytes = readFileSync(file);
  for (let at = 0; at < bytes.length;) {
    const length = bytes.readUInt32LE(at);
    yield* deserialize(bytes.subarray(at + 4, at + 4 + length)) as T[];
    at += 4 + length;
  }
}
