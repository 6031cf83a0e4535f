// Day after day of incremental builds, each compared byte for byte with a clean build of the same seeds: the
// rebuilds rewrite, shrink and remove pages, data and search shards, and no file of an older day (a compressed
// form least of all) outlives the output it belonged to.
import { mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS_MS } from '../tests/support/hang-guards.ts';
import {
  besideSite,
  build,
  cleanSite,
  expectSite,
  filesOf,
  publishDay,
  writeSynthetic,
} from '../tests/support/site-builds.ts';

const COUNT = 120;
/** Articles whose words form one search shard (`zqx`), deleted a few a day until the shard is gone. */
const SHARD_ARTICLES = 24;

function shardArticle(number: number): string {
  const words = ['zqxalfa', 'zqxbeta', 'zqxgama', 'zqxdelta', `zqxneno${number}`];
  const body = Array.from({ length: 6 }, (_, at) => `Habari ${words.join(' ')} sehemu ${at}.`).join('\n\n');
  return `Zqx habari ya ${number}\n\nZqx habari ya ${number}\nMuhtasari wa ${number}.\n\n${body}\n`;
}

const shardArticleName = (number: number) => `0001${String(number).padStart(2, '0')}_zqx.txt`;

describe('a week of daily rebuilds', { timeout: BUILDS_MS }, () => {
  let scratch = '';
  let seeds = '';
  let out = '';
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'habari-days-'));
    seeds = path.join(scratch, 'seeds');
    out = path.join(scratch, 'dist');
    writeSynthetic(seeds, 0, COUNT, COUNT);
    for (let number = 0; number < SHARD_ARTICLES; number++)
      writeFileSync(path.join(seeds, shardArticleName(number)), shardArticle(number));
  }, BUILDS_MS);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('publishes each day exactly what a clean build of that day publishes', () => {
    const first = build(seeds, out);
    expect(first.status, first.output).toBe(0);
    const shard = () => filesOf(out).get('data/search/zqx.bin');
    const shardForm = () => filesOf(out).has('data/search/zqx.bin.br');
    expect(shard()?.length).toBeGreaterThan(512);
    expect(shardForm()).toBe(true);
    const sizes: number[] = [];

    for (let day = 1; day <= 6; day++) {
      publishDay(seeds, COUNT, day);
      // The shard's articles go a few a day: it shrinks under the size that earns a Brotli form, then is gone.
      const gone = day <= 3 ? day * 6 : SHARD_ARTICLES;
      for (let number = 0; number < gone; number++)
        rmSync(path.join(seeds, shardArticleName(number)), { force: true });
      // Day 5 takes away a page of the list: fifty articles at once.
      if (day === 5) {
        const names = readdirSync(seeds)
          .filter((name) => name.endsWith('_synthetic.txt'))
          .sort();
        for (const name of names.slice(10, 60)) unlinkSync(path.join(seeds, name));
      }
      const rebuilt = build(seeds, out);
      expect(rebuilt.status, rebuilt.output).toBe(0);
      expect(rebuilt.output, `day ${day}`).toMatch(/an incremental build/);
      expectSite(out, cleanSite(seeds, path.join(scratch, 'clean'), out));
      sizes.push(shard()?.length ?? 0);
      if (day === 2) expect(shardForm(), 'the shard, now small, keeps no Brotli form').toBe(false);
    }
    // The shard shrank below 512 bytes before it went: the case that once left a stale `.br` behind.
    expect(sizes.some((size) => size > 0 && size < 512)).toBe(true);
    expect(sizes.at(-1)).toBe(0);
    expect(besideSite(out)).toEqual(['dist', 'dist.sites']);
  });
});
