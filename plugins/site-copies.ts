// The published folder (`dist`) is a symbolic link to one of two copies of the site, `dist.sites/a` and
// `dist.sites/b`. A build writes into the copy readers do not see and, once that copy is complete and checked,
// points the link at it with one rename: whenever a build stops, even by kill -9, readers have the old site or
// the new one, never a mix. The copy left behind then differs from the published one in exactly the files that
// build changed; the next build brings it up to date with those (as Capistrano keeps a `current` link to one of
// its releases, with two releases that take turns).
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import path from 'node:path';
import { removeFile, writeFileOver } from '../src/prerender/output-files.ts';
import { stopPoint } from '../src/prerender/stop-point.ts';

export type CopyName = 'a' | 'b';

export interface SiteCopies {
  outDir: string;
  /** The copy the published folder links to; null when it is no such link (nothing published, or an older
   * build's folder). */
  live: CopyName | null;
}

export function copiesFolder(outDir: string): string {
  return `${outDir}.sites`;
}

export function copyDir(outDir: string, copy: string): string {
  return path.join(copiesFolder(outDir), copy);
}

export function siteCopies(outDir: string): SiteCopies {
  let target: string;
  try {
    target = readlinkSync(outDir);
  } catch {
    return { outDir, live: null };
  }
  const resolved = path.resolve(path.dirname(outDir), target);
  for (const copy of ['a', 'b'] as const) {
    if (resolved === copyDir(outDir, copy)) return { outDir, live: copy };
  }
  return { outDir, live: null };
}

/** The copy a build writes into: the one readers do not see. */
export function spareOf(copies: SiteCopies): CopyName {
  return copies.live === 'a' ? 'b' : 'a';
}

/**
 * Points the published folder at `copy`, in one rename. A published folder that is a real folder (an older
 * build's) is first moved aside and then removed: that one switch leaves a moment without a site.
 */
export function publishCopy(outDir: string, copy: string): void {
  const draft = `${outDir}.link-${process.pid}`;
  rmSync(draft, { force: true });
  symlinkSync(path.relative(path.dirname(outDir), copyDir(outDir, copy)), draft);
  let older: string | null = null;
  if (isRealFolder(outDir)) {
    older = path.join(copiesFolder(outDir), `older-${process.pid}`);
    renameSync(outDir, older);
  }
  renameSync(draft, outDir);
  if (older) rmSync(older, { recursive: true, force: true });
}

function isRealFolder(file: string): boolean {
  try {
    const stats = lstatSync(file);
    return stats.isDirectory();
  } catch {
    return false;
  }
}

/** Empties a copy: a clean build starts from nothing. */
export function emptyCopy(outDir: string, copy: string): string {
  const dir = copyDir(outDir, copy);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** File errors that mean hard links cannot be made here: the files are copied instead. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EXDEV']);

/**
 * Makes `copy` the same site as `from`: every file a hard link to the published one, or a copy where links
 * cannot be made. A file already linked is left as it is, so a copy that shares most of its files (the spare
 * after a build that was stopped) is set right in a second, not remade (5 s at 100,000 articles). A build
 * writing into the copy later never writes into a linked file (src/prerender/output-files.ts).
 */
export function copySite(outDir: string, from: string, copy: string): void {
  const source = copyDir(outDir, from);
  const target = copyDir(outDir, copy);
  let linking = true;
  const place = (file: string) => {
    stopPoint('copy-site');
    const to = path.join(target, file);
    const at = path.join(source, file);
    if (linking) {
      try {
        linkSync(at, to);
        return;
      } catch (error) {
        if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        linking = false;
      }
    }
    copyFileSync(at, to);
  };
  const walk = (relative: string) => {
    const there = new Map<string, boolean>();
    try {
      for (const entry of readdirSync(path.join(target, relative), { withFileTypes: true }))
        there.set(entry.name, entry.isDirectory());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(path.join(target, relative), { recursive: true });
    }
    for (const entry of readdirSync(path.join(source, relative), { withFileTypes: true })) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      const isFolder = there.get(entry.name);
      there.delete(entry.name);
      if (isFolder !== undefined && isFolder !== entry.isDirectory()) {
        rmSync(path.join(target, file), { recursive: true, force: true });
      } else if (isFolder === false && sameFile(path.join(source, file), path.join(target, file))) {
        continue;
      } else if (isFolder === false) {
        unlinkSync(path.join(target, file));
      }
      if (entry.isDirectory()) walk(file);
      else place(file);
    }
    // What the published copy does not have.
    for (const name of there.keys())
      rmSync(path.join(target, relative, name), { recursive: true, force: true });
  };
  walk('');
}

function sameFile(a: string, b: string): boolean {
  const left = statSync(a);
  const right = statSync(b);
  return left.ino === right.ino && left.dev === right.dev;
}

/**
 * Brings the spare copy up to date with the published one in `files` (paths relative to the site), except those
 * in `skip` (this build wrote them): each is copied over its old version, or removed where the published copy
 * has none.
 */
export function catchUp(
  outDir: string,
  from: string,
  copy: string,
  files: Iterable<string>,
  skip: ReadonlySet<string>,
): number {
  const source = copyDir(outDir, from);
  const target = copyDir(outDir, copy);
  const made = new Set<string>();
  let count = 0;
  for (const file of files) {
    if (skip.has(file)) continue;
    stopPoint('catch-up');
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(source, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (removeFile(path.join(target, file))) count++;
      continue;
    }
    const dir = path.dirname(path.join(target, file));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileOver(path.join(target, file), bytes);
    count++;
  }
  return count;
}
