// A damaged cache is a missing cache: any cache file cut short, garbled or from another version is found (by its
// digest or its format, never by a crash), the build says so in one line and builds what that file covered, and
// the site it publishes is what a clean build publishes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS_MS } from '../tests/support/hang-guards.ts';
import { build, cacheOf, expectSite, TwoDays, writeSynthetic } from '../tests/support/site-builds.ts';

const COUNT = 120;

const cutInHalf = (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2));
function garble(file: string): void {
  const bytes = readFileSync(file);
  for (let at = Math.floor(bytes.length / 3); at < bytes.length; at += 97)
    bytes[at] = (bytes[at] as number) ^ 0x55;
  writeFileSync(file, bytes);
}

describe('a damaged build cache', { timeout: BUILDS_MS }, () => {
  let scratch = '';
  let seeds = '';
  let out = '';
  let days: TwoDays;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'habari-damage-'));
    seeds = path.join(scratch, 'seeds');
    out = path.join(scratch, 'dist');
    writeSynthetic(seeds, 0, COUNT, COUNT);
    const first = build(seeds, out);
    expect(first.status, first.output).toBe(0);
    days = new TwoDays(scratch, seeds, out, COUNT);
  }, BUILDS_MS);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const inCache = (pattern: RegExp) => () => {
    const name = readdirSync(cacheOf(out)).find((file) => pattern.test(file));
    if (!name) throw new Error(`no cache file matches ${pattern}`);
    return path.join(cacheOf(out), name);
  };
  const inBundle = (file: string) => () => path.join(cacheOf(out), 'bundle', file);
  const inStatic = (pattern: RegExp) => () => {
    const assets = path.join(cacheOf(out), 'bundle/static/assets');
    const name = readdirSync(assets).find((file) => pattern.test(file));
    if (!name) throw new Error(`no bundled asset matches ${pattern}`);
    return path.join(assets, name);
  };

  // A damaged file of the data, and in three builds one of the bundles too: each is found on its own.
  it.each([
    [
      'the record cut in half',
      'the server bundle cut in half',
      inCache(/^build\.json$/),
      cutInHalf,
      inBundle('server/entry-server.js'),
      cutInHalf,
    ],
    [
      'the record garbled',
      'the bundles’ key garbled',
      inCache(/^build\.json$/),
      garble,
      inBundle('key.json'),
      garble,
    ],
    [
      'a seed file cut in half',
      'a published script garbled',
      inCache(/^seeds-7\./),
      cutInHalf,
      inStatic(/\.js$/),
      garble,
    ],
    ['a seed file garbled', 'nothing of the bundles', inCache(/^seeds-7\./), garble, null, null],
    ['the strings cut in half', 'nothing of the bundles', inCache(/^strings\./), cutInHalf, null, null],
    ['the related lists garbled', 'nothing of the bundles', inCache(/^related\./), garble, null, null],
    ['the units cut in half', 'nothing of the bundles', inCache(/^units\./), cutInHalf, null, null],
  ] as const)(
    '%s (and %s): says so in one line each, and publishes what a clean build publishes',
    (_, _bundleTitle, data, damageData, bundle, damageBundle) => {
      const expected = days.next();
      damageData(data());
      if (bundle && damageBundle) damageBundle(bundle());
      const next = build(seeds, out);
      expect(next.status, next.output).toBe(0);
      expect(next.output).toMatch(
        /habari: the build cache is damaged \([^)]+\); building everything from the seeds\n/,
      );
      const bundlesSaid = /habari: the cached bundles are damaged \([^)]+\); bundling the app again\n/;
      if (bundle) expect(next.output).toMatch(bundlesSaid);
      else expect(next.output).not.toMatch(bundlesSaid);
      expect(next.output).not.toMatch(/\n\s+at |SyntaxError|Error:/);
      expectSite(out, expected);
    },
  );

  it('trusts the cache a build wrote after it found one damaged', () => {
    const expected = days.next();
    garble(inCache(/^units\./)());
    expect(build(seeds, out).output).toMatch(/damaged/);
    const after = build(seeds, out);
    expect(after.output).toMatch(/an incremental build/);
    expect(after.output).not.toMatch(/damaged/);
    expectSite(out, expected);
  });

  it('builds everything after a cache of another version, and says why', () => {
    const expected = days.next();
    writeFileSync(path.join(cacheOf(out), 'build.json'), JSON.stringify({ format: 7, codeKey: 'old' }));
    const next = build(seeds, out);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toMatch(
      /a clean build with cached bundles \(the cache is from another version of Habari\)/,
    );
    expectSite(out, expected);
  });

  it('makes the service worker again when the one kept for a clean build is damaged', () => {
    const expected = days.next();
    garble(path.join(cacheOf(out), 'bundle/service-worker/sw.js'));
    const next = build(seeds, out, { HABARI_CLEAN: '1' });
    expect(next.status, next.output).toBe(0);
    expectSite(out, expected);
  });
});
