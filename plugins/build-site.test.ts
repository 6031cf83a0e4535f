// The whole build, run as `vite build` would be: bad input stops it with every problem listed and leaves the
// published site as it was; odd but valid input is published and reported; the same seeds give the same bytes,
// and a build that starts from the last one's cache gives the bytes a clean build gives.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILDS_MS } from '../tests/support/hang-guards.ts';
import { syntheticFileName, syntheticSeed } from '../bench/synthetic-archive.ts';
import { build, cacheOf, cleanSite, expectSite, filesOf } from '../tests/support/site-builds.ts';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Builds `seeds` into `out` from the last build's cache, checks that the build said so, then builds the same
 * seeds clean into `scratch/cleanName` and expects the same bytes. Returns the clean build's folder.
 */
function expectRebuildMatchesClean(seeds: string, out: string, scratch: string, cleanName: string): string {
  const incremental = build(seeds, out);
  expect(incremental.status, incremental.output).toBe(0);
  expect(incremental.output).toMatch(/an incremental build/);
  const clean = path.join(scratch, cleanName);
  expectSite(out, cleanSite(seeds, clean, out));
  return clean;
}

describe('vite build', { timeout: BUILDS_MS }, () => {
  let scratch: string;
  let seeds: string;
  let out: string;

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'habari-build-'));
    seeds = path.join(scratch, 'seeds');
    out = path.join(scratch, 'dist');
    cpSync(path.join(root, 'seeds'), seeds, { recursive: true });
    mkdirSync(out);
    writeFileSync(path.join(out, 'published.txt'), 'the site readers have now');
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const untouched = () => {
    expect(readdirSync(out)).toEqual(['published.txt']);
    expect(
      readdirSync(scratch)
        .filter((name) => !name.endsWith('.cache'))
        .sort(),
    ).toEqual(['dist', 'seeds']);
  };

  it('stops on bad seeds, lists every one as FILE:LINE: what, and leaves the published site alone', () => {
    writeFileSync(path.join(seeds, '100_empty.txt'), '');
    writeFileSync(path.join(seeds, '200_no-body.txt'), 'Kichwa\n\nKichwa\nMuhtasari\n');
    const { status, output } = build(seeds, out);
    expect(status).not.toBe(0);
    expect(output).toContain('2 problems in the seeds:');
    expect(output).toMatch(/seeds\/100_empty\.txt:1: the seed is empty/);
    expect(output).toMatch(/seeds\/200_no-body\.txt:5: no body/);
    untouched();
  });

  it('names a folder or an unreadable file among the seeds, like a bad seed, and leaves the site alone', () => {
    mkdirSync(path.join(seeds, 'x.txt'));
    symlinkSync(path.join(seeds, 'nowhere.txt'), path.join(seeds, 'y.txt'));
    const { status, output } = build(seeds, out);
    expect(status).not.toBe(0);
    expect(output).toContain('2 problems in the seeds:');
    expect(output).toMatch(/seeds\/x\.txt: is a folder, not a seed/);
    expect(output).toMatch(/seeds\/y\.txt: cannot be read \(ENOENT/);
    expect(output).not.toMatch(/EISDIR|ENOTEMPTY/);
    untouched();
  });

  it('stops on a headlines.en.json that is not JSON, and leaves the published site alone', () => {
    writeFileSync(path.join(seeds, 'headlines.en.json'), '{ "Kichwa": "Headline", }');
    const { status, output } = build(seeds, out);
    expect(status).not.toBe(0);
    expect(output).toMatch(/seeds\/headlines\.en\.json:1: not valid JSON/);
    untouched();
  });

  it('says a worker ran out of memory, with its limit and the size of the site, not a cleanup error', () => {
    const { status, output } = build(seeds, out, { HABARI_WORKER_HEAP_MB: '4' });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      // It may run out while the seeds are looked at, while their words are counted or while they are read.
      /a build worker ran out of memory while (looking at 1|counting the words of 1|reading 1 of 1) seeds: its heap limit is 4 MB/,
    );
    expect(output).not.toMatch(/ENOTEMPTY|EISDIR/);
    untouched();
  });

  it('publishes two seeds with the same headline under distinct slugs, says so, and warns of unused English', () => {
    const original = readFileSync(path.join(seeds, '000_7feea9ddb087cc41.txt'), 'utf8');
    writeFileSync(
      path.join(seeds, '001_same-headline.txt'),
      original.replace(/Kiongozi wa Korea/, 'Toleo jingine: Kiongozi wa Korea'),
    );
    writeFileSync(
      path.join(seeds, 'headlines.en.json'),
      JSON.stringify({
        'Habari isiyokuwepo': 'A story that is not here',
        'Putin asaini mkataba wa kituo cha Mwezi na China': 'Putin signs',
      }),
    );
    const { status, output } = build(seeds, out);
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /seeds\/001_same-headline\.txt: same headline as \S*seeds\/000_7feea9ddb087cc41\.txt/,
    );
    expect(output).toContain('no post has the headline "Habari isiyokuwepo"');
    expect(output).toMatch(/wrote 2 articles/);
    const slug = 'korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';
    expect(existsSync(path.join(out, `habari/${slug}.html`))).toBe(true);
    expect(readFileSync(path.join(out, `habari/${slug}-2.html`), 'utf8')).toContain('Toleo jingine');
    expect(existsSync(path.join(out, 'published.txt'))).toBe(false);
  });

  describe('an archive of 120 articles', () => {
    const synthetic = (index: number) =>
      writeFileSync(path.join(seeds, syntheticFileName(index, 120)), syntheticSeed(index, 120).text);
    beforeEach(() => {
      // Synthetic articles only, so the newest is the one with the highest number.
      unlinkSync(path.join(seeds, '000_7feea9ddb087cc41.txt'));
      for (let index = 0; index < 120; index++) synthetic(index);
    });

    it('builds the same bytes twice from the same seeds', () => {
      expect(build(seeds, out, { HABARI_CLEAN: '1' }).status).toBe(0);
      const again = path.join(scratch, 'again');
      expect(build(seeds, again, { HABARI_CLEAN: '1' }).status).toBe(0);
      expectSite(out, filesOf(again));
    });

    it('after an edit, an addition and a deletion, writes what a clean build writes, rewriting only what changed', () => {
      expect(build(seeds, out).status).toBe(0);
      const oldestPage = readFileSync(path.join(out, 'ukurasa/1.html'));
      const deletedSlug = slugOf(out, 90);

      // Edit an article in the middle, delete another, add the newest.
      const edited = path.join(seeds, syntheticFileName(60, 120));
      writeFileSync(
        edited,
        readFileSync(edited, 'utf8').replace(/\n\n([^\n]+)\n\nPopular/, '\n\nAya mpya kabisa.\n\nPopular'),
      );
      unlinkSync(path.join(seeds, syntheticFileName(90, 120)));
      synthetic(120);
      const clean = expectRebuildMatchesClean(seeds, out, scratch, 'clean');

      const changes = readFileSync(path.join(cacheOf(out), 'changed-files.txt'), 'utf8').split('\n');
      // Article 90 is gone, so the new article 120 is the 120th: position 119.
      expect(changes).toContain(`+ habari/${slugOf(clean, 119)}.html`);
      // The deleted article is gone, or, where another article still lists it, a headline-only post.
      const deleted = path.join(out, `habari/${deletedSlug}.html`);
      if (existsSync(deleted)) {
        expect(readFileSync(deleted, 'utf8')).toContain('"hasBody":false');
        expect(changes).toContain(`+ habari/${deletedSlug}.html`);
      } else {
        expect(changes).toContain(`- habari/${deletedSlug}.html`);
      }
      // The oldest page of the list lies before every change: untouched.
      expect(changes).not.toContain('+ ukurasa/1.html');
      expect(readFileSync(path.join(out, 'ukurasa/1.html'))).toEqual(oldestPage);
      // Pages and their data: only those that show the three articles changed. (The search shards number the
      // articles, so the deletion renumbers every later article in them; they are checked above, byte for byte.)
      const notSearch = (file: string) => !file.includes('data/search/');
      expect(changes.filter(notSearch).length).toBeLessThan(
        [...filesOf(out).keys()].filter(notSearch).length / 5,
      );

      // The next day's build writes into the copy published the day before (plugins/site-copies.ts), and
      // still writes what a clean build writes.
      unlinkSync(path.join(seeds, syntheticFileName(91, 120)));
      synthetic(121);
      expectRebuildMatchesClean(seeds, out, scratch, 'clean-next-day');
    });

    it('after an article is added at the end, changes only the newest pages of the list', () => {
      expect(build(seeds, out).status).toBe(0);
      synthetic(120);
      expect(build(seeds, out).status).toBe(0);
      const changes = readFileSync(path.join(cacheOf(out), 'changed-files.txt'), 'utf8');
      expect(changes).toContain('+ ukurasa/3.html');
      expect(changes).toContain('+ index.html');
      expect(changes).not.toMatch(/ukurasa\/[12]\.html/);
    });

    it('gives each day and month of the archive a page; an article on a new day changes its day, its month and the day before', () => {
      expect(build(seeds, out).status).toBe(0);
      // 30 articles a day from 2017-12-01: four days of December 2017.
      for (const day of ['01', '02', '03', '04'])
        expect(existsSync(path.join(out, `tarehe/2017-12-${day}.html`))).toBe(true);
      const month = JSON.parse(readFileSync(path.join(out, 'data/tarehe/2017-12.json'), 'utf8')) as {
        days: Array<{ day: string; articles: number }>;
      };
      expect(month.days).toEqual(
        ['01', '02', '03', '04'].map((day) => ({ day: `2017-12-${day}`, articles: 30 })),
      );

      synthetic(120);
      const clean = expectRebuildMatchesClean(seeds, out, scratch, 'clean');
      expect(existsSync(path.join(clean, 'tarehe/2017-12-05.html'))).toBe(true);
      const changes = readFileSync(path.join(cacheOf(out), 'changed-files.txt'), 'utf8').split('\n');
      const archive = changes.filter((line) => line.includes('tarehe/') && !line.endsWith('.br'));
      expect(archive.sort()).toEqual([
        '+ data/tarehe/2017-12-04.json',
        '+ data/tarehe/2017-12-05.json',
        '+ data/tarehe/2017-12.json',
        '+ tarehe/2017-12-04.html',
        '+ tarehe/2017-12-05.html',
        '+ tarehe/2017-12.html',
      ]);
      const sitemap = readFileSync(path.join(out, 'sitemaps/days-1.xml'), 'utf8');
      expect(sitemap).toContain('/tarehe/2017-12-05</loc><lastmod>2017-12-05T03:00:00.000Z</lastmod>');
    });

    it('lists the newest articles first, in the feed too, and names every article once in the sitemaps', () => {
      expect(build(seeds, out).status).toBe(0);
      const front = JSON.parse(readFileSync(path.join(out, 'data/pages/front.json'), 'utf8')) as {
        posts: Array<{ slug: string }>;
      };
      expect(front.posts[0]?.slug).toBe(slugOf(out, 119));
      const feed = readFileSync(path.join(out, 'feed.xml'), 'utf8');
      expect(feed.match(/<item>/g)).toHaveLength(100);
      expect(feed.indexOf(slugOf(out, 119))).toBeLessThan(feed.indexOf(slugOf(out, 118)));
      const robots = readFileSync(path.join(out, 'robots.txt'), 'utf8');
      expect(robots).toContain('Sitemap: http://localhost:4173/sitemap.xml');
      const index = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
      const locs = (xml: string) =>
        [...xml.matchAll(/<loc>http:\/\/localhost:4173\/([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
      const urls = locs(index).flatMap((file) => locs(readFileSync(path.join(out, file), 'utf8')));
      const articles = urls.filter((url) => url.startsWith('habari/'));
      expect(new Set(articles).size).toBe(articles.length);
      for (let index = 0; index < 120; index++) expect(articles).toContain(`habari/${slugOf(out, index)}`);
    });
  });
});

/** The slug of the synthetic article with this index, from the built site's numbered pages. */
function slugOf(site: string, index: number): string {
  const page = Math.floor(index / 50) + 1;
  const json = JSON.parse(readFileSync(path.join(site, `data/pages/${page}.json`), 'utf8')) as {
    posts: Array<{ slug: string }>;
  };
  // Newest first on the page.
  const count = json.posts.length;
  return json.posts[count - 1 - (index - (page - 1) * 50)]?.slug ?? '';
}
