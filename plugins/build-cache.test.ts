import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import { relatedTable } from '../src/site/related-articles.ts';
import { BuildCache, type CachedBuild, type SeedsToSave } from './build-cache.ts';

const state = { codeKey: 'code', tableDigest: 'table', seedsDir: 'seeds', outDir: 'dist' };

function seeds(digests: Record<string, string>): SeedsToSave {
  const names = Object.keys(digests).sort();
  return {
    names,
    seedAt: (at) => {
      const name = names[at] as string;
      const record: SeedRecord = {
        name,
        digest: digests[name] as string,
        headline: `Kichwa ${name}`,
        standfirst: null,
        english: null,
        date: null,
        // A headline of its own, and one every seed names.
        popular: [`Maarufu ${digests[name]}`, 'Habari kuu'],
        // Words of its own, and one every seed has.
        vector: { terms: ['habari', `neno-${digests[name]}`], weights: [1, 2] },
      };
      return { name, size: 1, mtimeMs: 1, record };
    },
  };
}

/** A build: its seeds (only `read` written again when the cache had them), saved as describing copy `site`. */
function build(
  cacheDir: string,
  digests: Record<string, string>,
  options: { read?: string[]; site?: string; spare?: { copy: string; behind: string[] } | null } = {},
): BuildCache {
  const cache = new BuildCache(cacheDir);
  const loaded = loadedFrom(cache);
  cache.stageSeedFiles(
    seeds(digests),
    loaded && options.read ? { seeds: new Set(options.read), strings: loaded.strings } : null,
  );
  cache.save({
    state,
    related: relatedTable(
      Object.keys(digests).map(() => []),
      8,
    ),
    units: new Map([['front', 'key']]),
    site: options.site ?? 'a',
    spare: options.spare ?? null,
  });
  return cache;
}

function loadedFrom(cache: BuildCache, live = cache.site): CachedBuild | null {
  const loaded = cache.load(state, live);
  return 'build' in loaded ? loaded.build : null;
}

const load = (cacheDir: string) => loadedFrom(new BuildCache(cacheDir));

const digestsIn = (cacheDir: string) =>
  Object.fromEntries([...(load(cacheDir)?.seeds ?? [])].map(([name, seed]) => [name, seed.record.digest]));

describe('the build cache', () => {
  let cacheDir = '';
  beforeEach(() => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'habari-cache-'));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('is used only by a build of the same code, folders and published copy, and says why not', () => {
    build(cacheDir, { 'a.txt': 'a1' }, { site: 'b' });
    const cache = new BuildCache(cacheDir);
    expect(cache.site).toBe('b');
    expect(loadedFrom(cache)?.seeds.size).toBe(1);
    expect(cache.load({ ...state, codeKey: 'other code' }, 'b')).toEqual({
      reason: 'the code, its dependencies or the build settings changed since the last build',
      damaged: false,
    });
    expect(cache.load({ ...state, outDir: 'elsewhere' }, 'b')).toMatchObject({ damaged: false });
    expect(cache.load(state, 'a')).toEqual({
      reason: 'the published site is not the one the cache describes',
      damaged: false,
    });
    expect(new BuildCache(path.join(cacheDir, 'none')).load(state, 'a')).toEqual({
      reason: 'no earlier build',
      damaged: false,
    });
  });

  it('keeps the last record and its files until the next build saves: a build stopped before that changes nothing', () => {
    build(cacheDir, { 'a.txt': 'a1', 'b.txt': 'b1' });
    // A build staged every seed file with other digests, then stopped before it saved.
    new BuildCache(cacheDir).stageSeedFiles(seeds({ 'a.txt': 'a-lost', 'b.txt': 'b-lost' }), null);
    expect(digestsIn(cacheDir)).toEqual({ 'a.txt': 'a1', 'b.txt': 'b1' });

    // The next build read b.txt only: the staged files of the stopped build never come back with it.
    build(cacheDir, { 'a.txt': 'a1', 'b.txt': 'b2' }, { read: ['b.txt'] });
    expect(digestsIn(cacheDir)).toEqual({ 'a.txt': 'a1', 'b.txt': 'b2' });
    // And the files no record names are gone.
    const named = readdirSync(cacheDir).filter((name) => name.endsWith('.v8'));
    expect(named.length).toBe(64 + 3);
  });

  it('keeps the words and popular headlines of each seed, and a seed file not written again still finds them', () => {
    build(cacheDir, { 'a.txt': 'a1', 'b.txt': 'b1' });
    // Only b.txt's file is written again (a.txt's is another), with strings the strings file did not have.
    build(cacheDir, { 'a.txt': 'a1', 'b.txt': 'b2' }, { read: ['b.txt'] });
    const words = Object.fromEntries(
      [...(load(cacheDir)?.seeds ?? [])].map(([name, { record }]) => [
        name,
        { vector: record.vector, popular: record.popular },
      ]),
    );
    expect(words).toEqual({
      'a.txt': {
        vector: { terms: ['habari', 'neno-a1'], weights: [1, 2] },
        popular: ['Maarufu a1', 'Habari kuu'],
      },
      'b.txt': {
        vector: { terms: ['habari', 'neno-b2'], weights: [1, 2] },
        popular: ['Maarufu b2', 'Habari kuu'],
      },
    });
  });

  it('vouches for the spare copy only until a build starts writing into it', () => {
    build(cacheDir, { 'a.txt': 'a1' }, { spare: { copy: 'b', behind: ['index.html', 'habari/x.html'] } });
    expect(load(cacheDir)?.spare).toEqual({ copy: 'b', behind: ['index.html', 'habari/x.html'] });
    new BuildCache(cacheDir).forgetSpare();
    expect(load(cacheDir)?.spare).toBeNull();
    // Still a cache of the published copy.
    expect(load(cacheDir)?.seeds.size).toBe(1);
    new BuildCache(cacheDir).setSpare({ copy: 'b', behind: [] });
    expect(load(cacheDir)?.spare).toEqual({ copy: 'b', behind: [] });
  });

  const fileOf = (pattern: RegExp) => () =>
    readdirSync(cacheDir).find((name) => pattern.test(name)) as string;
  const damages: Array<[string, (file: string) => void]> = [
    ['cut in half', (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
    [
      'with one byte changed',
      (file) => {
        const bytes = readFileSync(file);
        const at = Math.floor(bytes.length / 2);
        bytes[at] = (bytes[at] as number) ^ 0x20;
        writeFileSync(file, bytes);
      },
    ],
    ['emptied', (file) => writeFileSync(file, '')],
  ];
  describe.each([
    ['the record', fileOf(/^build\.json$/)],
    ['a seed file', fileOf(/^seeds-\d+\.g\d+\.v8$/)],
    ['the strings', fileOf(/^strings\./)],
    ['the related lists', fileOf(/^related\./)],
    ['the units', fileOf(/^units\./)],
  ])('%s', (_, file) => {
    it.each(damages)('%s is a damaged cache, named, never a crash', (_, damage) => {
      build(cacheDir, { 'a.txt': 'a1', 'b.txt': 'b1' }, { spare: { copy: 'b', behind: ['index.html'] } });
      const name = file();
      damage(path.join(cacheDir, name));
      const loaded = new BuildCache(cacheDir).load(state, 'a');
      expect(loaded).toMatchObject({ damaged: true });
      expect((loaded as { reason: string }).reason).toContain(name);
    });
  });

  it.each(damages)('takes a list of the spare copy %s for a spare copy it knows nothing of', (_, damage) => {
    build(cacheDir, { 'a.txt': 'a1' }, { spare: { copy: 'b', behind: ['index.html', 'habari/x.html'] } });
    damage(path.join(cacheDir, fileOf(/^behind\./)()));
    expect(load(cacheDir)?.spare).toBeNull();
    expect(load(cacheDir)?.seeds.size).toBe(1);
  });

  it('takes a record of another format for a cache of another version, not a damaged one', () => {
    build(cacheDir, { 'a.txt': 'a1' });
    writeFileSync(path.join(cacheDir, 'build.json'), JSON.stringify({ format: 7, codeKey: 'code' }));
    expect(new BuildCache(cacheDir).load(state, 'a')).toEqual({
      reason: 'the cache is from another version of Habari',
      damaged: false,
    });
  });
});
