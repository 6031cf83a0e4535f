import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedFolder } from './read-seed-folder.ts';
import { SeedBuildError } from './seed-error.ts';

const root = path.resolve(import.meta.dirname, '../..');
const folder = path.join(root, 'tests/fixtures/bad-seeds');

describe('the folder of bad seeds', () => {
  it('stops the build with exactly the expected message, listing every bad seed', async () => {
    const error = (() => {
      try {
        return readSeedFolder(folder, root);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SeedBuildError);
    expect(`${(error as Error).message}\n`).toBe(readFileSync(path.join(folder, 'expected-errors.out'), 'utf8'));
  });
});
