// A build killed at any moment (kill -9, here HABARI_STOP_AT: src/prerender/stop-point.ts) leaves the published
// site as it was or as the new one, never a mix; and the next ordinary build publishes exactly what a clean build
// of the same seeds publishes, with nothing left over beside it. The points are spread over the whole build:
// seed stage, related articles, pages, search shards, the copy brought up to date, cache save, publish, and the
// other copy made after a clean build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS_MS } from '../tests/support/hang-guards.ts';
import {
  besideSite,
  build,
  cleanSite,
  differences,
  expectSite,
  filesOf,
  publishDay,
  TwoDays,
  writeSynthetic,
} from '../tests/support/site-builds.ts';

const COUNT = 150;

describe('a build killed at any moment', { timeout: BUILDS_MS }, () => {
  let scratch = '';
  let seeds = '';
  let out = '';
  let days: TwoDays;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'habari-killed-'));
    seeds = path.join(scratch, 'seeds');
    out = path.join(scratch, 'dist');
    writeSynthetic(seeds, 0, COUNT, COUNT);
    const first = build(seeds, out);
    expect(first.status, first.output).toBe(0);
    days = new TwoDays(scratch, seeds, out, COUNT);
  }, BUILDS_MS);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /**
   * A day's changes, a build killed at `point`, then an ordinary build. The day is the other of two days, or
   * with `newDay` one that changes other files than the day before (the build then has a copy to bring up to
   * date with those).
   */
  function killAndRebuild(point: string, env: Record<string, string> = {}, newDay = false): void {
    let expected = days.next();
    if (newDay) {
      // Published as usual first: the copy it leaves behind trails by that day's files, not the new day's.
      expect(build(seeds, out).status).toBe(0);
      publishDay(seeds, COUNT, 10);
      expected = cleanSite(seeds, path.join(scratch, 'clean'), out);
    }
    const before = filesOf(out);

    const killed = build(seeds, out, { HABARI_STOP_AT: point, ...env });
    expect(killed.signal, `the build never reached ${point}:\n${killed.output}`).toBe('SIGKILL');
    const published = filesOf(out);
    const mixed = differences(published, before).length > 0 && differences(published, expected).length > 0;
    expect(mixed, `killed at ${point}, the published site is neither the old one nor the new one`).toBe(
      false,
    );

    const next = build(seeds, out);
    expect(next.status, next.output).toBe(0);
    expect(next.output).not.toMatch(/\n\s+at /);
    expectSite(out, expected);
    expect(besideSite(out), 'nothing left beside the site').toEqual(['dist', 'dist.sites']);
  }

  it.each([
    ['while the seeds are read', 'seeds'],
    ['while the related articles are found', 'related'],
    ['at its first page', 'write:1'],
    ['half-way through its pages', 'write:40'],
    ['after the search shards', 'search'],
    ['while it saves its cache', 'cache-save'],
    ['after it saved its cache, before it published', 'publish'],
    ['right after it published', 'published'],
  ])('an incremental build killed %s', (_, point) => killAndRebuild(point));

  it('an incremental build killed while it brings the other copy up to date', () =>
    killAndRebuild('catch-up:3', {}, true));

  it.each([
    ['half-way through its pages', 'write:200'],
    ['after the search shards', 'search'],
    ['after it saved its cache, before it published', 'publish'],
    ['while it makes the other copy of the site', 'copy-site:100'],
  ])('a clean build killed %s', (_, point) => killAndRebuild(point, { HABARI_CLEAN: '1' }));
});
