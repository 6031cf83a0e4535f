// Writes many small files under a folder. Synchronous on purpose: for thousands of small files it is faster
// than the promise API (no thread-pool round trips), and a build has nothing else to do meanwhile.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface FileToWrite {
  fileName: string;
  source: string;
}

/** Writes every file; returns how many. `files` may be lazy: each is written as it comes. */
export function writeFiles(folder: string, files: Iterable<FileToWrite>): number {
  const made = new Set<string>();
  let count = 0;
  for (const file of files) {
    const target = path.join(folder, file.fileName);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, file.source);
    count++;
  }
  return count;
}
