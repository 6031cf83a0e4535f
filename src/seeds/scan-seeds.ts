// The first stage of a build: which seeds there are, in publication order (file-name order), and what the file
// system says of each (size and modification time, which tell the build cache whether to read it again).
// Opens no file, so a folder of a million seeds needs no more open files than a folder of one.
import { readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { SeedProblem } from './seed-error.ts';

export interface SeedEntry {
  name: string;
  size: number;
  mtimeMs: number;
}

export interface SeedScan {
  entries: SeedEntry[];
  problems: SeedProblem[];
}

export const SEED_EXTENSION = '.txt';

/** `shown(name)` is how a message names the file, for example `seeds/001.txt`. */
export function scanSeeds(seedsDir: string, shown: (name: string) => string): SeedScan {
  const names = seedNames(seedsDir);
  const found = statSeeds(seedsDir, names, shown);
  return {
    entries: seedEntries(names, found),
    problems: [...found.problems, ...(names.length === 0 ? [noSeeds(shown)] : [])],
  };
}

/** The names of the seed files, in publication order (file-name order). */
export function seedNames(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith(SEED_EXTENSION))
    .sort();
}

export function noSeeds(shown: (name: string) => string): SeedProblem {
  return { file: shown(''), line: 1, message: 'no seed files; add one article per .txt file' };
}

/**
 * What the file system says of each of `names`, as numbers a worker thread hands over without copying each
 * entry: its size and modification time, or a size of −1 for a name that is not a seed (with its problem).
 */
export interface SeedStats {
  sizes: Float64Array;
  mtimes: Float64Array;
  problems: SeedProblem[];
}

export function statSeeds(seedsDir: string, names: readonly string[], shown: (name: string) => string): SeedStats {
  const sizes = new Float64Array(names.length).fill(-1);
  const mtimes = new Float64Array(names.length);
  const problems: SeedProblem[] = [];
  names.forEach((name, at) => {
    let stats: Stats;
    try {
      // Follows a link to the seed it points at.
      stats = statSync(path.join(seedsDir, name));
    } catch (error) {
      problems.push({ file: shown(name), line: null, message: `cannot be read (${describeError(error)})` });
      return;
    }
    if (stats.isDirectory()) {
      problems.push({
        file: shown(name),
        line: null,
        message: 'is a folder, not a seed; a seed is a text file (move the folder out of the seeds folder)',
      });
    } else if (!stats.isFile()) {
      problems.push({ file: shown(name), line: null, message: 'is not a regular file, so it cannot be a seed' });
    } else {
      sizes[at] = stats.size;
      mtimes[at] = stats.mtimeMs;
    }
  });
  return { sizes, mtimes, problems };
}

/** The entries of the names that are seeds, in the order of `names`. */
export function seedEntries(names: readonly string[], found: Pick<SeedStats, 'sizes' | 'mtimes'>): SeedEntry[] {
  const entries: SeedEntry[] = [];
  names.forEach((name, at) => {
    const size = found.sizes[at] as number;
    if (size >= 0) entries.push({ name, size, mtimeMs: found.mtimes[at] as number });
  });
  return entries;
}

/** A file-system error as a reader can act on it: its code and what it means, without the path repeated. */
export function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const what = message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '');
  return code ? `${code}: ${what}` : message;
}
