// Puts a finished build in place. A clean build's stage folder is the whole site and replaces the published
// folder in one rename (plugins/publish-folder.ts). An incremental build's stage folder holds only the files
// that changed: each is renamed over its old version, and the files of units that are gone are removed.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Moves every file under `stageDir` to the same place under `outDir`; returns their paths, relative. */
export function moveChangedFiles(stageDir: string, outDir: string): string[] {
  const moved: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(stageDir, relative), { withFileTypes: true })) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        mkdirSync(path.join(outDir, file), { recursive: true });
        walk(file);
      } else {
        renameSync(path.join(stageDir, file), path.join(outDir, file));
        moved.push(file);
      }
    }
  };
  walk('');
  return moved.sort();
}

/** Removes published files, with their compressed forms; returns what was there to remove. */
export function removeFiles(outDir: string, files: readonly string[]): string[] {
  const removed: string[] = [];
  for (const file of files) {
    for (const variant of [file, `${file}.br`, `${file}.gz`]) {
      try {
        rmSync(path.join(outDir, variant));
        removed.push(variant);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  return removed.sort();
}
