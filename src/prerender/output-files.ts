// Writes the files of a build: each text file with its Brotli form beside it (`x.html.br`), and the scripts
// and the web app manifest also with their gzip form (`x.js.gz`), so a web server sends them as they are (nginx
// brotli_static, gzip_static) instead of compressing every response. Pages, JSON and search shards have no
// gzip form: only the rare client without Brotli wants one, and the server makes it (docs/decisions/012).
// Synchronous on purpose: for many small files it beats the promise API, and a build worker has nothing else
// to do meanwhile.
import {
  closeSync,
  existsSync,
  fstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/**
 * Writes files under a folder, making folders as needed. `reuse`: a folder of the files' old versions, at the
 * same paths (plugins/commit-output.ts): a file found there is moved into place and written over, so the
 * disk neither frees its blocks nor finds new ones.
 */
export class OutputWriter {
  private readonly made = new Set<string>();
  private reuseLooked = false;

  constructor(
    private readonly folder: string,
    private reuse: string | null = null,
  ) {}

  write(files: Iterable<OutputFile>): void {
    for (const file of files) {
      const target = path.join(this.folder, file.fileName);
      const dir = path.dirname(target);
      if (!this.made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.made.add(dir);
      }
      const bytes = typeof file.source === 'string' ? Buffer.from(file.source) : file.source;
      // Looked for once: a clean build writes a third of a million files, and a failed rename costs 10 µs.
      if (this.reuse !== null && !this.reuseLooked) {
        this.reuseLooked = true;
        if (!existsSync(this.reuse)) this.reuse = null;
      }
      if (!this.reuse || !this.writeOver(path.join(this.reuse, file.fileName), target, bytes))
        writeFileSync(target, bytes);
    }
  }

  /** Writes `bytes` over the old version at `old`, moved to `target`; false if there is none to use. */
  private writeOver(old: string, target: string, bytes: Uint8Array): boolean {
    try {
      renameSync(old, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
    const descriptor = openSync(target, 'r+');
    let written = 0;
    try {
      // A file with another name is still published (a build stopped while moving): never written into.
      if (fstatSync(descriptor).nlink === 1) {
        while (written < bytes.length)
          written += writeSync(descriptor, bytes, written, bytes.length - written, written);
        ftruncateSync(descriptor, bytes.length);
        return true;
      }
    } finally {
      closeSync(descriptor);
    }
    unlinkSync(target);
    return false;
  }
}
