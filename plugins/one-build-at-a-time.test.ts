// One build of a site at a time: a second build while one runs stops at once with one line that names the
// process holding the site and says how to proceed, and touches nothing of the running one; a lock left by a
// killed build does not block the next one.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS_MS, ONE_BUILD_MS } from '../tests/support/hang-guards.ts';
import {
  build,
  cacheOf,
  cleanSite,
  expectSite,
  publishDay,
  startBuild,
  writeSynthetic,
} from '../tests/support/site-builds.ts';

const COUNT = 120;
const LOCKED =
  /habari: \S*dist is being built by another build \(process (\d+), since [^)]+\); wait for it to finish or stop it, then build again \(if no build is running, delete \S+dist\.lock\)/;

/** Every file and folder under `dir` with what would change if anything wrote it. */
function snapshot(dir: string, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    const stats = lstatSync(path.join(dir, relative));
    found.set(relative, `${stats.ino} ${stats.size} ${stats.mtimeMs} ${stats.nlink}`);
    if (entry.isDirectory()) for (const [name, state] of snapshot(dir, relative)) found.set(name, state);
  }
  return found;
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + ONE_BUILD_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('one build at a time', { timeout: BUILDS_MS }, () => {
  let scratch = '';
  let seeds = '';
  let out = '';
  let day = 0;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'habari-lock-'));
    seeds = path.join(scratch, 'seeds');
    out = path.join(scratch, 'dist');
    writeSynthetic(seeds, 0, COUNT, COUNT);
    const first = build(seeds, out);
    expect(first.status, first.output).toBe(0);
  }, BUILDS_MS);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('stops a second build at once, with one line, and it touches nothing of the running one', async () => {
    publishDay(seeds, COUNT, ++day);
    const expected = cleanSite(seeds, path.join(scratch, 'clean'), out);
    const running = startBuild(seeds, out);
    // Caught holding the lock, and held still while the second build tries.
    await waitFor(() => existsSync(`${out}.lock`), 'the first build to take the lock');
    running.child.kill('SIGSTOP');
    try {
      const before = snapshot(scratch);
      const second = build(seeds, out);
      expect(second.status).not.toBe(0);
      expect(second.output).toMatch(LOCKED);
      expect(second.output.match(LOCKED)?.[1]).toBe(String(running.child.pid));
      // One line: no stack trace.
      expect(second.output).not.toMatch(/\n\s+at /);
      expect(snapshot(scratch)).toEqual(before);
    } finally {
      running.child.kill('SIGCONT');
    }
    const first = await running.done;
    expect(first.status, first.output).toBe(0);
    expectSite(out, expected);
  });

  it('lets two builds started at the same moment publish the right site: one builds, the other says why not', async () => {
    publishDay(seeds, COUNT, ++day);
    const expected = cleanSite(seeds, path.join(scratch, 'clean'), out);
    const runs = await Promise.all([startBuild(seeds, out).done, startBuild(seeds, out).done]);
    for (const run of runs) {
      if (run.status === 0) continue;
      expect(run.output).toMatch(LOCKED);
      expect(run.output).not.toMatch(/\n\s+at /);
    }
    expect(runs.some((run) => run.status === 0)).toBe(true);
    expectSite(out, expected);
  });

  it.each([
    [
      'a build that was killed',
      () => JSON.stringify({ pid: deadProcess(), host: hostname(), since: 'then', ticks: null }),
    ],
    ['something that is not a lock', () => 'garbage'],
  ])('takes over a lock left by %s, and says so', (_, lock) => {
    publishDay(seeds, COUNT, ++day);
    const expected = cleanSite(seeds, path.join(scratch, 'clean'), out);
    writeFileSync(`${out}.lock`, lock());
    const next = build(seeds, out);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toMatch(
      /a build that stopped without finishing \(process \d+\) left dist\.lock; taking it over/,
    );
    expectSite(out, expected);
    expect(existsSync(`${out}.lock`)).toBe(false);
    expect(existsSync(`${cacheOf(out)}.lock`)).toBe(false);
  });

  it('takes a lock held on another machine to be held', () => {
    writeFileSync(
      `${out}.lock`,
      JSON.stringify({ pid: process.pid, host: 'another-machine', since: 'now', ticks: null }),
    );
    try {
      const second = build(seeds, out);
      expect(second.status).not.toBe(0);
      expect(second.output).toMatch(/another build \(process \d+ on another-machine, since now\)/);
    } finally {
      rmSync(`${out}.lock`);
    }
  });
});

/** The number of a process that has ended. */
function deadProcess(): number {
  return spawnSync(process.execPath, ['-e', '']).pid as number;
}
