// The seed stage: every seed's record, in publication order. The workers ask the file system for each seed's
// size and modification time (scanInWorkers), while the main thread loads the cache; a seed whose size and
// time are what the cache saw is not read again. The others are read and parsed by the worker pool, a batch at
// a time, at most one file open per worker. Every problem in every seed is collected before the build stops.
import type { CachedSeed } from './build-cache.ts';
import type { ParseResult } from '../src/prerender/build-worker.ts';
import {
  noSeeds,
  seedEntries,
  type SeedEntry,
  type SeedScan,
  type SeedStats,
} from '../src/seeds/scan-seeds.ts';
import { SeedBuildError, type SeedProblem } from '../src/seeds/seed-error.ts';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import type { WorkerPool } from './worker-pool.ts';

const BATCH = 200;
/** Seeds a worker asks the file system about per task. */
const STAT_BATCH = 10_000;

export interface SeedStage {
  entries: SeedEntry[];
  /** Same order as `entries`. */
  records: SeedRecord[];
  /** Names of the seeds read in this build (new or changed). */
  read: Set<string>;
}

/**
 * The seeds there are, as scanSeeds finds them, with the file system asked by the workers: every task is
 * handed over at once, so they go on while this thread is busy (loading the cache).
 */
export async function scanInWorkers(
  pool: WorkerPool,
  names: readonly string[],
  shown: (name: string) => string,
): Promise<SeedScan> {
  const batches: string[][] = [];
  for (let start = 0; start < names.length; start += STAT_BATCH)
    batches.push(names.slice(start, start + STAT_BATCH));
  pool.doing = `looking at ${names.length} seeds`;
  const found = await pool.runAllNow<SeedStats>(batches.map((batch) => ({ type: 'stat', names: batch })));
  return {
    entries: batches.flatMap((batch, at) => seedEntries(batch, found[at] as SeedStats)),
    problems: [...found.flatMap((stats) => stats.problems), ...(names.length === 0 ? [noSeeds(shown)] : [])],
  };
}

export async function seedStage(
  scan: SeedScan,
  cached: ReadonlyMap<string, CachedSeed> | null,
  pool: WorkerPool,
  settingsProblems: readonly SeedProblem[],
): Promise<SeedStage> {
  const { entries, problems } = scan;
  const toRead: number[] = [];
  entries.forEach((entry, position) => {
    const known = cached?.get(entry.name);
    if (!known || known.size !== entry.size || known.mtimeMs !== entry.mtimeMs) toRead.push(position);
  });
  pool.doing = `reading ${toRead.length} of ${entries.length} seeds`;
  // Each record goes straight to its place, its name the scan's own string: a million records are never held
  // twice, and no map of them is made.
  const records = new Array<SeedRecord | undefined>(entries.length).fill(undefined);
  const intern = interner();
  const batches: Array<Promise<void>> = [];
  for (let start = 0; start < toRead.length; start += BATCH) {
    const positions = toRead.slice(start, start + BATCH);
    const names = positions.map((position) => (entries[position] as SeedEntry).name);
    batches.push(
      pool.run<ParseResult>({ type: 'parse', names, positions }).then((result) => {
        const positionOf = new Map(names.map((name, at) => [name, positions[at] as number]));
        for (const record of result.records) {
          const position = positionOf.get(record.name) as number;
          record.name = (entries[position] as SeedEntry).name;
          records[position] = sharingWords(record, intern);
        }
        problems.push(...result.problems);
      }),
    );
  }
  await Promise.all(batches);
  // In file order, as an editor reads the folder; then the problems of the files beside the seeds.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  problems.push(...settingsProblems);
  if (problems.length > 0) throw new SeedBuildError(problems);
  entries.forEach((entry, position) => {
    if (records[position]) return;
    const record = cached?.get(entry.name)?.record as SeedRecord;
    record.name = entry.name;
    // The cache's records already share their words and headlines (plugins/build-cache.ts).
    records[position] = record;
  });
  return {
    entries,
    records: records as SeedRecord[],
    read: new Set(toRead.map((position) => (entries[position] as SeedEntry).name)),
  };
}

/** One copy of each distinct string: the same word in a million vectors is then one string, not a million. */
function interner(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
}

/** A record that arrived from a worker (each string a copy of its own) with the strings that recur across the
 * archive shared: its vector's words, and the popular headlines (each named by many articles). */
function sharingWords(record: SeedRecord, intern: (text: string) => string): SeedRecord {
  for (const strings of [record.vector.terms, record.popular]) {
    for (let i = 0; i < strings.length; i++) strings[i] = intern(strings[i] as string);
  }
  return record;
}
