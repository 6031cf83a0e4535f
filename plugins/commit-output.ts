// Puts a finished build in place. A clean build's stage folder is the whole site and replaces the published
// folder in one rename (plugins/publish-folder.ts). An incremental build's stage folder holds only the files
// that changed: each is renamed over its old version, and the files of units that are gone are taken away.
//
// The old versions go to a folder beside the published one (`dist.replaced/` for `dist/`), which the next
// build deletes while it works. Deleting a file waits for the disk to free its blocks: a rename over an
// existing file took 230 µs here, and 40 µs once a link in that folder kept the old version; a day's rebuild
// of 100,000 articles replaces 8,700 files. Nothing reads the folder; deleting it by hand is always safe.
import { linkSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** The folder of the files an incremental build of `outDir` replaced or removed. */
export function replacedDir(outDir: string): string {
  return `${outDir}.replaced`;
}

/**
 * Deletes the replaced files a last build left, on a thread of its own, so that the disk frees them while
 * this build loads and reads: the returned promise settles when the folder is gone.
 */
export function clearReplaced(outDir: string): Promise<void> {
  const worker = new Worker(
    `require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true });`,
    { eval: true, workerData: replacedDir(outDir) },
  );
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`could not delete ${replacedDir(outDir)} (exit code ${code})`)),
    );
  });
}

/**
 * Moves every file under `stageDir` to the same place under `outDir`, its old version (if any) kept in the
 * replaced folder, which must be empty or absent; returns the moved files' paths, relative.
 */
export function moveChangedFiles(stageDir: string, outDir: string): string[] {
  const moved: string[] = [];
  const keep = keeper(outDir);
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(stageDir, relative), { withFileTypes: true })) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        mkdirSync(path.join(outDir, file), { recursive: true });
        walk(file);
      } else {
        keep.link(file);
        renameSync(path.join(stageDir, file), path.join(outDir, file));
        moved.push(file);
      }
    }
  };
  walk('');
  return moved.sort();
}

/** Takes published files, with their compressed forms, into the replaced folder; returns what was there. */
export function removeFiles(outDir: string, files: readonly string[]): string[] {
  const removed: string[] = [];
  const keep = keeper(outDir);
  for (const file of files) {
    for (const variant of [file, `${file}.br`, `${file}.gz`]) {
      if (keep.take(variant)) removed.push(variant);
    }
  }
  return removed.sort();
}

const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EXDEV']);

/** Old versions into the replaced folder, numbered (its files are never looked up by name). */
function keeper(outDir: string) {
  const folder = replacedDir(outDir);
  mkdirSync(folder, { recursive: true });
  let count = readdirSync(folder).length;
  // Numbered in order, a number used only once its file is there: false when there was no such file.
  const keepAs = (action: (kept: string) => void): boolean => {
    try {
      action(path.join(folder, String(count)));
      count++;
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  };
  // A file system without hard links (or a file at its limit of them): the old version is deleted as the new
  // one is renamed over it, as it was before this folder.
  let linking = true;
  return {
    /** Keeps the published version of `file`, which stays published until it is renamed over. */
    link: (file: string): boolean => {
      if (!linking) return false;
      try {
        return keepAs((kept) => linkSync(path.join(outDir, file), kept));
      } catch (error) {
        if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        linking = false;
        return false;
      }
    },
    /** Takes `file` out of the published folder. */
    take: (file: string) => keepAs((kept) => renameSync(path.join(outDir, file), kept)),
  };
}
