import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeedFolder } from './read-seed-folder.ts';
import { SeedBuildError } from './seed-error.ts';

const GOOD = 'Kichwa\n\nKichwa\nMuhtasari\nHeadline\n\nAya.\n';

describe('readSeedFolder', () => {
  let root: string;
  let seedsDir: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'habari-seeds-'));
    seedsDir = path.join(root, 'seeds');
    await import('node:fs/promises').then(({ mkdir }) => mkdir(seedsDir));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const write = (name: string, text: string) => writeFile(path.join(seedsDir, name), text);

  async function failure(): Promise<SeedBuildError> {
    let error: unknown = null;
    try {
      readSeedFolder(seedsDir, root);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SeedBuildError);
    return error as SeedBuildError;
  }

  it('reads every .txt seed in file-name order and ignores other files', async () => {
    await write('002.txt', GOOD.replaceAll('Kichwa', 'Pili'));
    await write('001.txt', GOOD);
    await write('notes.md', 'not a seed');
    const { records } = readSeedFolder(seedsDir, root);
    expect(records.map((record) => [record.name, record.headline])).toEqual([
      ['001.txt', 'Kichwa'],
      ['002.txt', 'Pili'],
    ]);
  });

  it('says which seed is a folder or cannot be read, by name, like any bad seed', async () => {
    await write('001.txt', GOOD);
    await mkdir(path.join(seedsDir, 'x.txt'));
    await symlink(path.join(seedsDir, 'gone.md'), path.join(seedsDir, 'y.txt'));
    expect((await failure()).message).toBe(
      [
        '2 problems in the seeds:',
        'seeds/x.txt: is a folder, not a seed; a seed is a text file (move the folder out of the seeds folder)',
        'seeds/y.txt: cannot be read (ENOENT: no such file or directory)',
      ].join('\n'),
    );
  });

  it('lists every bad seed as FILE:LINE: what, not only the first', async () => {
    await write('001.txt', '');
    await write('002.txt', GOOD);
    await write('003.txt', 'Kichwa\n\nKichwa\nMuhtasari\n');
    const error = await failure();
    expect(error.message).toBe(
      [
        '2 problems in the seeds:',
        'seeds/001.txt:1: the seed is empty; expected a headline on line 1',
        'seeds/003.txt:5: no body; expected one or more paragraphs after the heading block',
      ].join('\n'),
    );
  });

  it('fails on a folder with no seeds', async () => {
    expect((await failure()).message).toContain('seeds:1: no seed files');
  });

  it('reads the editors’ English headlines', async () => {
    await write('001.txt', GOOD);
    await write('headlines.en.json', '{ "Habari": "News" }');
    expect(readSeedFolder(seedsDir, root).editors).toEqual({ Habari: 'News' });
  });

  it('stops on a headlines.en.json that is not valid JSON, naming the line', async () => {
    await write('001.txt', GOOD);
    await write('headlines.en.json', '{\n  "Habari": "News",\n}\n');
    const [problem] = (await failure()).problems;
    expect(problem?.file).toBe('seeds/headlines.en.json');
    expect(problem?.line).toBe(3);
    expect(problem?.message).toMatch(/^not valid JSON/);
  });

  it('stops on a translation that is not text', async () => {
    await write('001.txt', GOOD);
    await write('headlines.en.json', '{\n  "Habari": 3\n}');
    expect((await failure()).message).toContain('seeds/headlines.en.json:2: the English for "Habari" must be non-empty text');
  });
});
