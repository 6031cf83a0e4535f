// The build cache: what the last successful build knew, so the next one redoes only what changed. It lives in
// one folder (node_modules/.cache/habari/ by default, HABARI_CACHE_DIR to move it), holds plain files, and
// deleting it (or `npm run build:clean`) forces a clean build.
//
// `build.json` is the cache's record, and the only file ever changed in place (written whole, then renamed over
// the old one): it names every other file with its digest, and each build writes its files under new names
// (`units.g7.v8`), so a build stopped at any moment leaves either the old record with the old files or the new
// record with the new ones. A file that does not match its digest, a record that does not match its own check,
// or a record of another format is a damaged cache: not used, and the build says so in one line (as Bazel and
// Nix check every cache entry against its digest).
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { stopPoint } from '../src/prerender/stop-point.ts';
import type { SeedEntry } from '../src/seeds/scan-seeds.ts';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import type { RelatedTable } from '../src/site/related-articles.ts';

const FORMAT = 9;
/** The seeds' records are kept in this many files, so a build that read a few seeds rewrites a few files. */
const SEED_FILES = 64;
const RECORD = 'build.json';
/** The files a record names: `seeds-12.g7.v8`, `units.g7.v8`, `behind.g7.txt`. */
const DATA_FILE = /^[a-z]+(-\d+)?\.g\d+\.(v8|txt)$/;

/** What the cache belongs to: a cache for other code, seeds or output is not used. */
export interface CacheState {
  codeKey: string;
  /** The word-frequency table's digest: every record's vector depends on it. */
  tableDigest: string;
  seedsDir: string;
  outDir: string;
}

/** A file the record names, with its digest. */
interface StoredFile {
  name: string;
  sha1: string;
}

/** The other copy of the site (plugins/site-copies.ts): which one, and the files in which it differs. */
export interface SpareCopy {
  copy: string;
  /** Paths, relative to the site, in which it differs from the copy the cache describes. */
  behind: readonly string[];
}

interface CacheRecord {
  format: number;
  state: CacheState;
  generation: number;
  /** The copy of the site this cache describes. */
  site: string;
  /** By role: `seeds-0` … `seeds-63`, `strings`, `related`, `units`. */
  files: Record<string, StoredFile>;
  spare: { copy: string; behind: StoredFile } | null;
}

export interface CachedSeed extends SeedEntry {
  record: SeedRecord;
}

/**
 * A seed file: its seeds without their words and popular headlines, and those of all its seeds in three
 * arrays of numbers into the strings file, which holds each string once. Loaded, every record that has a word
 * or names a headline shares one string for it, as the build's own records do; and a seed file is a handful of
 * typed arrays, not three per seed (100,000 seeds: 0.5 s to read instead of 1.1 s).
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
  /** The spare copy of the site, when the cache knows it to differ from the described one in these files only. */
  spare: SpareCopy | null;
}

/** Why a build cannot start from the cache; `damaged` when the cache is broken rather than out of date. */
export interface CacheMiss {
  reason: string;
  damaged: boolean;
}

/** The cache folder of an output folder: each output folder has its own. */
export function defaultCacheDir(root: string, outDir: string): string {
  const id = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules/.cache/habari', `${path.basename(outDir)}-${id}`);
}

const sha1 = (bytes: Uint8Array | string) => createHash('sha1').update(bytes).digest('hex');

export class BuildCache {
  private record: CacheRecord | null = null;
  /** Why there is no record: none yet, or a damaged one. */
  private missing: CacheMiss = { reason: 'no earlier build', damaged: false };
  /** The seed files this build wrote (stageSeedFiles), by role. */
  private staged: Record<string, StoredFile> = {};

  constructor(readonly dir: string) {
    const file = path.join(dir, RECORD);
    if (!existsSync(file)) return;
    try {
      const { body, check } = JSON.parse(readFileSync(file, 'utf8')) as {
        body?: CacheRecord;
        check?: string;
      };
      if (body === undefined || check === undefined || body.format !== FORMAT) {
        this.missing = { reason: 'the cache is from another version of Habari', damaged: false };
        return;
      }
      if (sha1(JSON.stringify(body)) !== check) throw new DamageError(`${RECORD} does not match its check`);
      this.record = body;
    } catch (error) {
      this.missing = {
        reason: error instanceof DamageError ? error.message : `${RECORD}: ${damage(error)}`,
        damaged: true,
      };
    }
  }

  /** The copy of the site the cache describes, if its record is sound. */
  get site(): string | null {
    return this.record?.site ?? null;
  }

  /**
   * The last build's cache, if it belongs to `expected` (the same code, word table, seeds and output folders)
   * and describes the copy `live`, and every file matches its digest; otherwise why not (its large files are
   * not read when it belongs to something else).
   */
  load(expected: CacheState, live: string | null): { build: CachedBuild } | CacheMiss {
    const record = this.record;
    if (!record) return this.missing;
    const changed = (Object.keys(expected) as Array<keyof CacheState>).find(
      (key) => record.state[key] !== expected[key],
    );
    if (changed) return { reason: `${CHANGE_OF[changed]} changed since the last build`, damaged: false };
    if (record.site !== live)
      return { reason: 'the published site is not the one the cache describes', damaged: false };
    try {
      const strings = deserialize(this.read(record.files.strings)) as string[];
      const seedFiles = Array.from({ length: SEED_FILES }, (_, part) =>
        cachedSeeds(deserialize(this.read(record.files[`seeds-${part}`])) as SeedFile, strings),
      );
      const spare = this.spareOf(record);
      return {
        build: {
          state: record.state,
          // In publication order (name order), whichever file each record was kept in.
          seeds: new Map(seedFiles.flat().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
          related: deserialize(this.read(record.files.related)) as RelatedTable,
          units: new Map(readChunks<[string, string]>(this.read(record.files.units))),
          strings,
          spare,
        },
      };
    } catch (error) {
      return { reason: damage(error), damaged: true };
    }
  }

  /** The spare copy as the record knows it; unknown (null) if its list of files is damaged. */
  private spareOf(record: CacheRecord): SpareCopy | null {
    if (!record.spare) return null;
    try {
      const behind = this.read(record.spare.behind).toString('utf8').split('\n').filter(Boolean);
      return { copy: record.spare.copy, behind };
    } catch {
      return null;
    }
  }

  /** A file the record names, checked against its digest. */
  private read(file: StoredFile | undefined): Buffer {
    if (!file) throw new DamageError(`${RECORD} names no such file`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(this.dir, file.name));
    } catch (error) {
      throw new DamageError(`${file.name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    if (sha1(bytes) !== file.sha1) throw new DamageError(`${file.name} does not match its digest`);
    return bytes;
  }

  /** Called before the spare copy is written into: until the next save, no build may trust what it holds. */
  forgetSpare(): void {
    if (this.record?.spare) this.commit({ ...this.record, spare: null });
  }

  /** Records that the spare copy differs from the described one in `behind` only (after a clean build: none). */
  setSpare(spare: SpareCopy): void {
    if (!this.record) throw new Error('no cache to record the spare copy in');
    const generation = this.record.generation;
    this.commit({ ...this.record, spare: { copy: spare.copy, behind: this.writeBehind(spare, generation) } });
  }

  private get nextGeneration(): number {
    return (this.record?.generation ?? 0) + 1;
  }

  /**
   * Writes the seed files of the next cache, as soon as the records are complete, so the build can let go of
   * their vectors before it makes the pages. `changed`: the names of the seeds read or removed in this build,
   * and the strings of the cache it started from; only the seed files that hold one of those seeds are written
   * (every one, when null), the others are kept. One seed file's records are made at a time. Nothing reads these
   * files until `save` names them in the record.
   */
  stageSeedFiles(
    seeds: SeedsToSave,
    changed: { seeds: ReadonlySet<string>; strings: readonly string[] } | null,
  ): void {
    mkdirSync(this.dir, { recursive: true });
    const generation = this.nextGeneration;
    const dirty = changed ? new Set([...changed.seeds].map(seedFile)) : null;
    // The seed files not written again number their strings in the current strings file: its numbers are kept.
    const strings = new StringNumbers(changed ? [...changed.strings] : []);
    const { names, seedAt } = seeds;
    const fileOf = Uint8Array.from(names, seedFile);
    this.staged = {};
    for (let part = 0; part < SEED_FILES; part++) {
      const kept = this.record?.files[`seeds-${part}`];
      if (dirty && !dirty.has(part) && kept) {
        this.staged[`seeds-${part}`] = kept;
        continue;
      }
      const entries: Array<[string, CachedSeed]> = [];
      for (let at = 0; at < names.length; at++) {
        if (fileOf[at] === part) entries.push([names[at] as string, seedAt(at)]);
      }
      this.staged[`seeds-${part}`] = this.writeFile(
        `seeds-${part}.g${generation}.v8`,
        serialize(seedFileOf(entries, strings)),
      );
    }
    this.staged.strings = this.writeFile(`strings.g${generation}.v8`, serialize(strings.strings));
  }

  /**
   * Writes the rest of the cache and then its record, which names the copy of the site it describes and the
   * spare; the files no record names any more are removed.
   */
  save(build: {
    state: CacheState;
    related: RelatedTable;
    units: ReadonlyMap<string, string>;
    site: string;
    spare: SpareCopy | null;
  }): void {
    const generation = this.nextGeneration;
    const files: Record<string, StoredFile> = {
      ...this.staged,
      related: this.writeFile(`related.g${generation}.v8`, serialize(build.related)),
      units: this.writeFile(`units.g${generation}.v8`, chunked(build.units)),
    };
    stopPoint('cache-save');
    this.commit({
      format: FORMAT,
      state: build.state,
      generation,
      site: build.site,
      files,
      spare: build.spare && { copy: build.spare.copy, behind: this.writeBehind(build.spare, generation) },
    });
    this.removeUnnamed();
  }

  private writeBehind(spare: SpareCopy, generation: number): StoredFile {
    return this.writeFile(`behind.g${generation}.txt`, Buffer.from(spare.behind.join('\n')));
  }

  /** Writes a file of the next record, its digest made as it is written. */
  private writeFile(name: string, content: Uint8Array | Iterable<Uint8Array>): StoredFile {
    const parts = content instanceof Uint8Array ? [content] : content;
    const digest = createHash('sha1');
    const descriptor = openSync(path.join(this.dir, name), 'w');
    try {
      for (const part of parts) {
        digest.update(part);
        for (let written = 0; written < part.length;)
          written += writeSync(descriptor, part, written, part.length - written);
      }
    } finally {
      closeSync(descriptor);
    }
    return { name, sha1: digest.digest('hex') };
  }

  /** The record, written whole beside the old one and renamed over it. */
  private commit(record: CacheRecord): void {
    const body = JSON.stringify(record);
    const draft = path.join(this.dir, `${RECORD}.next`);
    writeFileSync(draft, JSON.stringify({ body: record, check: sha1(body) }, null, 1));
    renameSync(draft, path.join(this.dir, RECORD));
    this.record = record;
  }

  private removeUnnamed(): void {
    const record = this.record;
    if (!record) return;
    const named = new Set(Object.values(record.files).map((file) => file.name));
    if (record.spare) named.add(record.spare.behind.name);
    for (const name of readdirSync(this.dir)) {
      if (DATA_FILE.test(name) && !named.has(name)) rmSync(path.join(this.dir, name), { force: true });
    }
  }
}

const CHANGE_OF: Record<keyof CacheState, string> = {
  codeKey: 'the code, its dependencies or the build settings',
  tableDigest: 'the word-frequency table',
  seedsDir: 'the seeds folder',
  outDir: 'the output folder',
};

class DamageError extends Error {}

/** What is wrong with a cache file, in a few words. */
function damage(error: unknown): string {
  if (error instanceof DamageError) return error.message;
  if (error instanceof SyntaxError) return 'it is not valid JSON';
  return `it cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

/** A seed file's seeds with their words and headlines as strings again, each seed changed in place. */
function cachedSeeds(file: SeedFile, strings: readonly string[]): Array<[string, CachedSeed]> {
  // Filled by hand: Array.from with a function over a typed array is several times slower.
  const textsOf = (numbers: Int32Array, start: number, end: number) => {
    const texts = new Array<string>(end - start);
    for (let i = start; i < end; i++) {
      const found = strings[numbers[i] as number];
      if (found === undefined) throw new DamageError(`string ${numbers[i]} is missing from the strings file`);
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

/** Entries per chunk of a long list: a million units are written without one buffer of them all. */
const CHUNK = 50_000;

/** `entries` as length-prefixed serialized chunks, made one at a time. */
function* chunked<T>(entries: Iterable<T>): Generator<Uint8Array> {
  let chunk: T[] = [];
  function* flush(): Generator<Uint8Array> {
    const bytes = serialize(chunk);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    yield length;
    yield bytes;
    chunk = [];
  }
  for (const entry of entries) {
    chunk.push(entry);
    if (chunk.length === CHUNK) yield* flush();
  }
  yield* flush();
}

/** The entries `chunked` wrote, in order. */
function* readChunks<T>(bytes: Buffer): Generator<T> {
  for (let at = 0; at < bytes.length;) {
    const length = bytes.readUInt32LE(at);
    if (at + 4 + length > bytes.length) throw new DamageError('the units file ends in the middle of a chunk');
    yield* deserialize(bytes.subarray(at + 4, at + 4 + length)) as T[];
    at += 4 + length;
  }
}
