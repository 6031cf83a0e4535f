// A build that cannot write (a read-only output folder, a full disk) stops with one line that says what is wrong
// and what to do, and the published site is left exactly as it was; once the folder can be written again, the
// next build publishes what a clean build publishes. The folder is made read-only with chattr +i when the tests
// run as root (root ignores permissions), and the full disk is a small tmpfs: both need root, which CI has.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS_MS } from '../tests/support/hang-guards.ts';
import {
  build,
  cleanSite,
  expectSite,
  filesOf,
  publishDay,
  writeSynthetic,
} from '../tests/support/site-builds.ts';

const COUNT = 120;
const isRoot = process.getuid?.() === 0;

/** Makes a folder (and all in it) unchangeable, or changeable again. */
function setReadOnly(folder: string, readOnly: boolean): void {
  if (isRoot) execFileSync('chattr', ['-R', readOnly ? '+i' : '-i', folder]);
  else execFileSync('chmod', ['-R', readOnly ? 'a-w' : 'u+w', folder]);
}

describe('a build that cannot write', { timeout: BUILDS_MS }, () => {
  let scratch = '';
  let seeds = '';
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'habari-unwritable-'));
    seeds = path.join(scratch, 'seeds');
    writeSynthetic(seeds, 0, COUNT, COUNT);
  }, BUILDS_MS);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('stops on a read-only site folder with one line, and leaves the published site as it was', () => {
    const out = path.join(scratch, 'dist');
    expect(build(seeds, out).status).toBe(0);
    publishDay(seeds, COUNT, 1);
    const before = filesOf(out);
    setReadOnly(`${out}.sites`, true);
    let failed;
    try {
      failed = build(seeds, out);
    } finally {
      setReadOnly(`${out}.sites`, false);
    }
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(
      /habari: a folder the build writes is read-only \((EPERM|EACCES): [^)]*\); the published site is unchanged: make \S+dist, \S+dist\.sites, the build cache and the folder they are in writable, and build again/,
    );
    expect(failed.output).not.toMatch(/\n\s+at /);
    expectSite(out, before);
    const next = build(seeds, out);
    expect(next.status, next.output).toBe(0);
    expectSite(out, cleanSite(seeds, path.join(scratch, 'clean'), out));
  });

  it('stops on a full disk with one line, and leaves the published site as it was', () => {
    const disk = path.join(scratch, 'disk');
    mkdirSync(disk);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=40m', 'tmpfs', disk], {
      encoding: 'utf8',
    });
    expect(mounted.status, `a full disk is a small tmpfs, which needs root: ${mounted.stderr}`).toBe(0);
    try {
      const out = path.join(disk, 'dist');
      const first = build(seeds, out, { HABARI_CACHE_DIR: path.join(scratch, 'disk-cache') });
      expect(first.status, first.output).toBe(0);
      publishDay(seeds, COUNT, 2);
      const before = filesOf(out);
      // All but a few kilobytes taken.
      const free = statfsSync(disk);
      writeFileSync(
        path.join(disk, 'filler'),
        Buffer.alloc(Math.max(0, free.bavail * free.bsize - 16 * 1024)),
      );
      const failed = build(seeds, out, { HABARI_CACHE_DIR: path.join(scratch, 'disk-cache') });
      expect(failed.status).not.toBe(0);
      expect(failed.output).toMatch(
        /habari: the disk is full \(ENOSPC: [^)]*\); the published site is unchanged: free some space and build again/,
      );
      expect(failed.output).not.toMatch(/\n\s+at /);
      expectSite(out, before);

      rmSync(path.join(disk, 'filler'));
      const next = build(seeds, out, { HABARI_CACHE_DIR: path.join(scratch, 'disk-cache') });
      expect(next.status, next.output).toBe(0);
      expectSite(out, cleanSite(seeds, path.join(scratch, 'clean'), out));
    } finally {
      spawnSync('umount', ['-l', disk]);
    }
  });
});
