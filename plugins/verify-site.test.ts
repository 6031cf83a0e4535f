import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SitePost } from '../src/site/site-model.ts';
import { verifySite } from './verify-site.ts';

const post = (slug: string, seed: number): SitePost => ({
  slug,
  headline: { sw: slug, en: null, enBy: null },
  standfirst: null,
  date: null,
  seed,
  popular: [],
  listedIn: [],
  listedBy: 0,
  firstListed: -1,
});

describe('the build’s last check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'habari-verify-'));
    mkdirSync(path.join(dir, 'habari'), { recursive: true });
    for (const slug of ['a', 'b']) writeFileSync(path.join(dir, `habari/${slug}.html`), '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const model = { posts: [post('a', 0), post('b', 1)], articles: [0, 1] };

  it('passes when every seed became a listed article and every output written is there', async () => {
    await expect(verifySite(dir, model, 2, ['post:a', 'post:b'])).resolves.toBeUndefined();
  });

  it('fails when a seed did not become an article', async () => {
    await expect(verifySite(dir, model, 3, [])).rejects.toThrow(
      'build check failed: 3 seeds, but 2 article pages and 2 listed headlines',
    );
  });

  it('fails when an output is missing', async () => {
    await expect(verifySite(dir, model, 2, ['post:a', 'post:c'])).rejects.toThrow(
      'pages not written: habari/c.html',
    );
  });
});
