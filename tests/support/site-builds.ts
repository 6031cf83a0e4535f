// The build as the build tests run it: `npm run build` in its own process, on a seed folder of their own, and
// the published site compared byte for byte with a clean build's. Shared by the tests of building, rebuilding,
// killed builds and damaged caches.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { syntheticFileName, syntheticSeed } from '../../bench/synthetic-archive.ts';
import { ONE_BUILD_MS } from './hang-guards.ts';
import { BUILD_ARGS, buildEnv } from './site-server.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface BuildRun {
  status: number | null;
  /** SIGKILL for a build stopped at HABARI_STOP_AT. */
  signal: NodeJS.Signals | null;
  output: string;
}

/** The cache folder the tests give an output folder. */
export const cacheOf = (outDir: string) => `${outDir}.cache`;

/** `npm run build` of `seedsDir` into `outDir`, its cache beside it. */
export function build(seedsDir: string, outDir: string, env: Record<string, string> = {}): BuildRun {
  const result = spawnSync(process.execPath, BUILD_ARGS, {
    cwd: root,
    env: buildEnv(seedsDir, outDir, { HABARI_CACHE_DIR: cacheOf(outDir), ...env }),
    encoding: 'utf8',
    // A build that hangs fails its test rather than the whole run.
    timeout: ONE_BUILD_MS,
  });
  return { status: result.status, signal: result.signal, output: `${result.stdout}\n${result.stderr}` };
}

/** The same, started and left running: for two builds at once. */
export function startBuild(seedsDir: string, outDir: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, BUILD_ARGS, {
    cwd: root,
    env: buildEnv(seedsDir, outDir, { HABARI_CACHE_DIR: cacheOf(outDir), ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<BuildRun>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, output })),
  );
  return { child, done };
}

/**
 * Gives `outDir`'s cache the bundles of an earlier build's cache: the same code makes the same bundles, and a
 * test that builds many folders need not wait for Vite in each.
 */
export function shareBundles(fromOutDir: string, outDir: string): void {
  const bundle = path.join(cacheOf(fromOutDir), 'bundle');
  if (existsSync(bundle)) cpSync(bundle, path.join(cacheOf(outDir), 'bundle'), { recursive: true });
}

/** Every file under a folder with its bytes (a site's link is followed). */
export function filesOf(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [name, bytes] of filesOf(dir, relative)) files.set(name, bytes);
    else files.set(relative, readFileSync(path.join(dir, relative)));
  }
  return files;
}

/** The names of the files in which two sites differ: missing from one, or with other bytes. */
export function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names]
    .filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name))
    .sort();
}

/** Each `.br` and `.gz` of a site decompresses to the file beside it. */
export function expectFormsMatch(site: Map<string, Buffer>): void {
  const wrong: string[] = [];
  for (const [name, bytes] of site) {
    const form = name.endsWith('.br') ? 'br' : name.endsWith('.gz') ? 'gz' : null;
    if (!form) continue;
    const original = site.get(name.slice(0, -3));
    const unpacked = form === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes);
    if (!original || !unpacked.equals(original)) wrong.push(name);
  }
  expect(wrong, 'compressed forms that are not their file').toEqual([]);
}

/** The published site in `outDir` is byte for byte `expected`, and its compressed forms are its files'. */
export function expectSite(outDir: string, expected: Map<string, Buffer>): void {
  const site = filesOf(outDir);
  expect(differences(site, expected)).toEqual([]);
  expectFormsMatch(site);
}

/** What a clean build of `seedsDir` publishes (built in `scratchOut`, which it empties first). */
export function cleanSite(seedsDir: string, scratchOut: string, bundlesFrom?: string): Map<string, Buffer> {
  for (const dir of [scratchOut, `${scratchOut}.sites`, cacheOf(scratchOut)])
    rmSync(dir, { recursive: true, force: true });
  if (bundlesFrom) shareBundles(bundlesFrom, scratchOut);
  const run = build(seedsDir, scratchOut, { HABARI_CLEAN: '1' });
  expect(run.status, run.output).toBe(0);
  return filesOf(scratchOut);
}

/** Writes synthetic articles [from, to) of an archive of `count` into `seedsDir`. */
export function writeSynthetic(seedsDir: string, from: number, to: number, count: number): void {
  mkdirSync(seedsDir, { recursive: true });
  for (let index = from; index < to; index++)
    writeFileSync(path.join(seedsDir, syntheticFileName(index, count)), syntheticSeed(index, count).text);
}

/**
 * A newsroom's day on a synthetic archive of `count` (day 1, 2, …): the article `count + day - 1` added as the
 * newest, one in the middle given a new first paragraph, one older one deleted. Different articles each day.
 */
export function publishDay(seedsDir: string, count: number, day: number): void {
  const names = readdirSync(seedsDir)
    .filter((name) => name.endsWith('_synthetic.txt'))
    .sort();
  const edited = path.join(seedsDir, names[Math.floor(names.length / 2) + day] as string);
  const blocks = readFileSync(edited, 'utf8').split('\n\n');
  blocks[2] = `Aya iliyosahihishwa siku ya ${day}. ${blocks[2] ?? ''}`;
  writeFileSync(edited, blocks.join('\n\n'));
  unlinkSync(path.join(seedsDir, names[(day * 7) % Math.floor(names.length / 2)] as string));
  writeSynthetic(seedsDir, count + day - 1, count + day, count);
}

/** What lies beside a published folder, other than its seeds and cache: the link, its copies, anything left. */
export function besideSite(outDir: string): string[] {
  const base = path.basename(outDir);
  return readdirSync(path.dirname(outDir))
    .filter((name) => name === base || name.startsWith(`${base}.`))
    .filter((name) => name !== path.basename(cacheOf(outDir)))
    .sort();
}

/**
 * Two versions of a seed folder a day apart, and what a clean build publishes of each: a test that rebuilds
 * many times switches between them (`next`), so it needs two clean builds in all, not one per rebuild.
 * The seeds keep their modification times, so a switch reads only the seeds that differ.
 */
export class TwoDays {
  private readonly states: Array<{ dir: string; site: Map<string, Buffer> }> = [];
  private current = 0;

  constructor(
    scratch: string,
    private readonly seedsDir: string,
    bundlesFrom: string,
    count: number,
  ) {
    for (const day of [0, 1]) {
      if (day === 1) publishDay(seedsDir, count, 1);
      const dir = path.join(scratch, `seeds-day-${day}`);
      cpSync(seedsDir, dir, { recursive: true, preserveTimestamps: true });
      this.states.push({
        dir,
        site: cleanSite(seedsDir, path.join(scratch, `clean-day-${day}`), bundlesFrom),
      });
    }
    this.current = 1;
  }

  /** Switches the seed folder to the other day; what a clean build of it publishes. */
  next(): Map<string, Buffer> {
    this.current = 1 - this.current;
    const state = this.states[this.current] as { dir: string; site: Map<string, Buffer> };
    rmSync(this.seedsDir, { recursive: true });
    cpSync(state.dir, this.seedsDir, { recursive: true, preserveTimestamps: true });
    return state.site;
  }

  /** What a clean build publishes of the seeds as they are now. */
  get expected(): Map<string, Buffer> {
    return (this.states[this.current] as { site: Map<string, Buffer> }).site;
  }
}
