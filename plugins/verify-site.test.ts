import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifySite } from './verify-site.ts';

describe('the build’s last check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'habari-verify-'));
    mkdirSync(path.join(dir, 'seeds'));
    mkdirSync(path.join(dir, 'client/habari'), { recursive: true });
    writeFileSync(path.join(dir, 'seeds/001.txt'), '');
    writeFileSync(path.join(dir, 'seeds/002.txt'), '');
    writeFileSync(path.join(dir, 'client/index.html'), '');
    writeFileSync(path.join(dir, 'client/habari/a.html'), '');
    writeFileSync(path.join(dir, 'client/habari/b.html'), '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const report = (
    articles: number,
    listed: number,
    files = ['index.html', 'habari/a.html', 'habari/b.html'],
  ) => ({
    files,
    articles,
    headlineOnly: 0,
    listed,
  });

  it('passes when every seed became a listed article page and every page exists', async () => {
    await expect(
      verifySite(path.join(dir, 'seeds'), path.join(dir, 'client'), report(2, 2)),
    ).resolves.toBeUndefined();
  });

  it('fails when a seed did not become an article page', async () => {
    await expect(verifySite(path.join(dir, 'seeds'), path.join(dir, 'client'), report(1, 2))).rejects.toThrow(
      'build check failed: 2 seeds, but 1 article pages and 2 listed headlines',
    );
  });

  it('fails when a page is missing', async () => {
    const files = ['index.html', 'habari/a.html', 'habari/c.html'];
    await expect(
      verifySite(path.join(dir, 'seeds'), path.join(dir, 'client'), report(2, 2, files)),
    ).rejects.toThrow('pages not written: habari/c.html');
  });
});
