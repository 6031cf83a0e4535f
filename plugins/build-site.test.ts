// The whole build, run as `vite build` would be: bad input stops it with every problem listed and leaves the
// published site as it was; odd but valid input is published and reported.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function build(seedsDir: string, outDir: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', HABARI_SEEDS_DIR: seedsDir, HABARI_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('vite build', { timeout: 120_000 }, () => {
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
    expect(readdirSync(scratch).sort()).toEqual(['dist', 'seeds']);
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

  it('stops on a headlines.en.json that is not JSON, and leaves the published site alone', () => {
    writeFileSync(path.join(seeds, 'headlines.en.json'), '{ "Kichwa": "Headline", }');
    const { status, output } = build(seeds, out);
    expect(status).not.toBe(0);
    expect(output).toMatch(/seeds\/headlines\.en\.json:1: not valid JSON/);
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
});
