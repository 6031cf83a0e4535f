import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishFolder } from './publish-folder.ts';

describe('publishFolder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'habari-publish-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the published folder with the finished one, leaving nothing else behind', async () => {
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist/old.txt'), 'old');
    mkdirSync(path.join(dir, 'dist.building'));
    writeFileSync(path.join(dir, 'dist.building/new.txt'), 'new');
    await publishFolder(path.join(dir, 'dist.building'), path.join(dir, 'dist'));
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(readFileSync(path.join(dir, 'dist/new.txt'), 'utf8')).toBe('new');
    expect(existsSync(path.join(dir, 'dist/old.txt'))).toBe(false);
  });

  it('publishes where nothing was published yet', async () => {
    mkdirSync(path.join(dir, 'dist.building'));
    await publishFolder(path.join(dir, 'dist.building'), path.join(dir, 'dist'));
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('puts the old site back when the new one cannot be moved in', async () => {
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist/old.txt'), 'old');
    await expect(publishFolder(path.join(dir, 'missing'), path.join(dir, 'dist'))).rejects.toThrow();
    expect(readFileSync(path.join(dir, 'dist/old.txt'), 'utf8')).toBe('old');
  });
});
