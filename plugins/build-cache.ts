// The build cache: what the last successful build knew, so the next one redoes only what changed. It lives in
// one folder (node_modules/.cache/habari/ by default, HABARI_CACHE_DIR to move it), holds plain files, and
// deleting it (or `npm run build:clean`) forces a clean build. `build.json` is written last and removed before
// the published folder is touched, so a build stopped half-way leaves no cache to trust: the next one is clean.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SeedEntry } from '../src/seeds/scan-seeds.ts';
import type { SeedRecord } from '../src/seeds/seed-record.ts';

const FORMAT = 1;

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

export interface CachedBuild {
  state: CacheState;
  /** By seed file name. */
  seeds: Map<string, CachedSeed>;
  /** Each article's related articles, by seed file name, best first. */
  related: Map<string, string[]>;
  /** Each output unit's key (plugins/output-plan.ts): the inputs it was last written from. */
  units: Map<string, string>;
}

const files = (cacheDir: string) => ({
  state: path.join(cacheDir, 'build.json'),
  seeds: path.join(cacheDir, 'seeds.v8'),
  related: path.join(cacheDir, 'related.v8'),
  units: path.join(cacheDir, 'units.v8'),
});

/** The cache folder of an output folder: each output folder has its own. */
export function defaultCacheDir(root: string, outDir: string): string {
  const id = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules/.cache/habari', `${path.basename(outDir)}-${id}`);
}

export function loadCache(cacheDir: string): CachedBuild | null {
  const paths = files(cacheDir);
  if (!existsSync(paths.state)) return null;
  try {
    const state = JSON.parse(readFileSync(paths.state, 'utf8')) as CacheState;
    if (state.format !== FORMAT) return null;
    return {
      state,
      seeds: deserialize(readFileSync(paths.seeds)) as Map<string, CachedSeed>,
      related: deserialize(readFileSync(paths.related)) as Map<string, string[]>,
      units: deserialize(readFileSync(paths.units)) as Map<string, string>,
    };
  } catch {
    // A cache that cannot be read is no cache: the build is clean.
    return null;
  }
}

/** Called before the published folder changes: until saveCache, no build may trust this cache. */
export function invalidateCache(cacheDir: string): void {
  rmSync(files(cacheDir).state, { force: true });
}

export function saveCache(
  cacheDir: string,
  build: Omit<CachedBuild, 'state'> & { state: Omit<CacheState, 'format'> },
): void {
  const paths = files(cacheDir);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(paths.seeds, serialize(build.seeds));
  writeFileSync(paths.related, serialize(build.related));
  writeFileSync(paths.units, serialize(build.units));
  writeFileSync(paths.state, JSON.stringify({ format: FORMAT, ...build.state }, null, 2));
}
