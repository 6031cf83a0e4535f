// Writes the files of a build: each text file with its Brotli form beside it (`x.html.br`), and the scripts
// and the web app manifest also with their gzip form (`x.js.gz`), so a web server sends them as they are (nginx
// brotli_static, gzip_static) instead of compressing every response. Pages, JSON and search shards have no
// gzip form: only the rare client without Brotli wants one, and the server makes it (docs/decisions/012).
// Synchronous on purpose: for many small files it beats the promise API, and a build worker has nothing else
// to do meanwhile.
import {
  closeSync,
  fstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { stopPoint } from './stop-point.ts';

export interface OutputFile {
  fileName: string;
  source: string | Uint8Array;
}

const COMPRESSIBLE = /\.(html|json|xml|txt|js|css|svg|webmanifest|bin)$/;
/** Below this, compression saves less than a network packet. */
const COMPRESS_FROM_BYTES = 512;

export type Effort = 'fast' | 'best';

/** Brotli quality, and gzip level or none, by effort and kind of file, as measured on this site's files. */
const LEVELS: Record<Effort | 'shard', { brotli: number; gzip: number | null }> = {
  // The few scripts every reader downloads: the smallest files, whatever they cost to make.
  best: { brotli: 11, gzip: 9 },
  // Pages and JSON: Brotli 4 is within 10% of Brotli 11 on a page (7.1 KB against 6.5), sixty times faster.
  // No gzip: it took a third of the compression time of a page (0.18 ms against Brotli's 0.36, 600 pages of
  // 20 KB) and a third of the files, for the rare client without Brotli (no browser released since 2017).
  fast: { brotli: 4, gzip: null },
  // Search shards, rewritten by the thousand when articles are renumbered. Their numbers compress to about
  // half whatever the effort, and repeat too little for matching to pay: over the 2,398 shards of 100,000
  // articles (64.5 MB), Brotli 1 made 34.2 MB in 350 ms against Brotli 2's 33.7 MB in 591 ms.
  shard: { brotli: 1, gzip: null },
};

/**
 * The files to write for one output: itself and its compressed forms. `fast` suits the many pages a build
 * writes (Brotli only); `best` the few scripts every reader downloads (Brotli and gzip). Search shards (`.bin`)
 * get their own level.
 */
export function withCompressed(file: OutputFile, effort: Effort = 'fast'): OutputFile[] {
  const bytes = typeof file.source === 'string' ? Buffer.from(file.source) : file.source;
  if (!COMPRESSIBLE.test(file.fileName) || bytes.length < COMPRESS_FROM_BYTES)
    return [{ ...file, source: bytes }];
  const levels = effort === 'fast' && file.fileName.endsWith('.bin') ? LEVELS.shard : LEVELS[effort];
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: levels.brotli,
      // A window no larger than the file: the same output for a page, without allocating 4 MB per call.
      [constants.BROTLI_PARAM_LGWIN]: Math.min(24, Math.max(16, Math.ceil(Math.log2(bytes.length + 1)))),
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const files = [
    { fileName: file.fileName, source: bytes },
    { fileName: `${file.fileName}.br`, source: brotli },
  ];
  if (levels.gzip !== null)
    files.push({ fileName: `${file.fileName}.gz`, source: gzipSync(bytes, { level: levels.gzip }) });
  return files;
}

/** The compressed forms a file may have beside it. */
export const COMPRESSED_FORMS = ['.br', '.gz'] as const;

/**
 * Writes outputs under a folder, making folders as needed. Each call to `write` is one output with its
 * compressed forms (as withCompressed gives them): a form it does not have is removed, so an output that shrank
 * below compression's threshold never keeps the `.br` of its old version beside it.
 *
 * `fresh`: the folder was empty when the build began (a clean build), so nothing in it is old. Otherwise it is
 * the other copy of the site (plugins/site-copies.ts), whose files may share their data with the published
 * copy through hard links: a file with another link is replaced, never written into; a file of its own is
 * written over in place, so the disk neither frees its blocks nor finds new ones.
 */
export class OutputWriter {
  private readonly made = new Set<string>();

  constructor(
    private readonly folder: string,
    private readonly fresh = false,
  ) {}

  write(files: Iterable<OutputFile>): void {
    const written = new Set<string>();
    for (const file of files) {
      stopPoint('write');
      const target = this.place(file.fileName);
      const bytes = typeof file.source === 'string' ? Buffer.from(file.source) : file.source;
      if (this.fresh) writeFileSync(target, bytes);
      else writeFileOver(target, bytes);
      written.add(file.fileName);
    }
    if (this.fresh) return;
    for (const fileName of written) {
      if (COMPRESSED_FORMS.some((form) => fileName.endsWith(form))) continue;
      for (const form of COMPRESSED_FORMS) {
        if (!written.has(fileName + form)) removeFile(path.join(this.folder, fileName + form));
      }
    }
  }

  /** The path of `fileName` in the folder, its folder made. */
  place(fileName: string): string {
    const target = path.join(this.folder, fileName);
    const dir = path.dirname(target);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    return target;
  }
}

/**
 * Makes `target` hold `bytes`: written over in place if no other name shares its data, replaced if one does (the
 * published copy, through a hard link), made if there is none.
 */
export function writeFileOver(target: string, bytes: Uint8Array): void {
  let descriptor: number;
  try {
    descriptor = openSync(target, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    writeFileSync(target, bytes);
    return;
  }
  try {
    if (fstatSync(descriptor).nlink === 1) {
      let written = 0;
      while (written < bytes.length)
        written += writeSync(descriptor, bytes, written, bytes.length - written, written);
      ftruncateSync(descriptor, bytes.length);
      return;
    }
  } finally {
    closeSync(descriptor);
  }
  unlinkSync(target);
  writeFileSync(target, bytes);
}

/** Removes a file if it is there. */
export function removeFile(file: string): boolean {
  try {
    unlinkSync(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
