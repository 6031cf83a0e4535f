import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import { relatedTable } from '../src/site/related-articles.ts';
import { invalidateCache, loadCache, saveCache, stageSeedFiles, type SeedsToSave } from './build-cache.ts';

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
        // A headline of its own, and one every seed names.
        popular: [`Maarufu ${digests[name]}`, 'Habari kuu'],
        // Words of its own, and one every seed has.
        vector: { terms: ['habari', `neno-${digests[name]}`], weights: [1, 2] },
      };
      return { name, size: 1, mtimeMs: 1, record };
    },
  };
}

function save(cacheDir: string, count: number): void {
  saveCache(cacheDir, {
    state,
    related: relatedTable(
      Array.from({ length: count }, () => []),
      8,
    ),
    units: new Map([['front', 'key']]),
  });
}

/** `name` read again, over the strings of the cache in `cacheDir`. */
const changedFrom = (cacheDir: string, name: string) => ({
  seeds: new Set([name]),
  strings: loadCache(cacheDir, state)?.strings ?? [],
});

const wordsIn = (cacheDir: string) =>
  Object.fromEntries(
    [...(loadCache(cacheDir, state)?.seeds ?? [])].map(([name, { record }]) => [
      name,
      { vector: record.vector, popular: record.popular },
    ]),
  );

const digestsIn = (cacheDir: string) =>
  Object.fromEntries(
    [...(loadCache(cacheDir, state)?.seeds ?? [])].map(([name, seed]) => [name, seed.record.digest]),
  );

describe('the build cache', () => {
  let cacheDir = '';
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('keeps the seed files staged for it, and those of a build that stopped before saving are never used', () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'habari-cache-'));
    stageSeedFiles(cacheDir, seeds({ 'a.txt': 'a1', 'b.txt': 'b1' }), null);
    save(cacheDir, 2);
    expect(digestsIn(cacheDir)).toEqual({ 'a.txt': 'a1', 'b.txt': 'b1' });
    const saved = changedFrom(cacheDir, 'b.txt');
    // A cache of other code, or of another output folder, is not this build's.
    expect(loadCache(cacheDir, { ...state, codeKey: 'other code' })).toBeNull();
    expect(loadCache(cacheDir, { ...state, outDir: 'elsewhere' })).toBeNull();

    // A build staged every seed file with other digests, then failed before it saved the cache.
    stageSeedFiles(cacheDir, seeds({ 'a.txt': 'a-lost', 'b.txt': 'b-lost' }), null);
    invalidateCache(cacheDir);
    expect(loadCache(cacheDir, state)).toBeNull();

    // The next build read b.txt only: the staged files of the failed build must not come back with it.
    stageSeedFiles(cacheDir, seeds({ 'a.txt': 'a1', 'b.txt': 'b2' }), saved);
    save(cacheDir, 2);
    expect(digestsIn(cacheDir)).toEqual({ 'a.txt': 'a1', 'b.txt': 'b2' });
  });

  it('keeps the words and popular headlines of each seed, and a seed file not written again still finds them', () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'habari-cache-'));
    stageSeedFiles(cacheDir, seeds({ 'a.txt': 'a1', 'b.txt': 'b1' }), null);
    save(cacheDir, 2);
    // Only b.txt's file is written again (a.txt's is another), with strings the strings file did not have.
    stageSeedFiles(cacheDir, seeds({ 'a.txt': 'a1', 'b.txt': 'b2' }), changedFrom(cacheDir, 'b.txt'));
    save(cacheDir, 2);
    expect(wordsIn(cacheDir)).toEqual({
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
});
