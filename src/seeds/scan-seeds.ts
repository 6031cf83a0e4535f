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
  const entries: SeedEntry[] = [];
  const problems: SeedProblem[] = [];
  const names = readdirSync(seedsDir)
    .filter((name) => name.endsWith(SEED_EXTENSION))
    .sort();
  for (const name of names) {
    let stats: Stats;
    try {
      // Follows a link to the seed it points at.
      stats = statSync(path.join(seedsDir, name));
    } catch (error) {
      problems.push({ file: shown(name), line: null, message: `cannot be read (${describeError(error)})` });
      continue;
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
      entries.push({ name, size: stats.size, mtimeMs: stats.mtimeMs });
    }
  }
  if (names.length === 0) {
    problems.push({ file: shown(''), line: 1, message: 'no seed files; add one article per .txt file' });
  }
  return { entries, problems };
}

/** A file-system error as a reader can act on it: its code and what it means, without the path repeated. */
export function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const what = message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '');
  return code ? `${code}: ${what}` : message;
}
