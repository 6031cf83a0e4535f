import {
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
import { afterEach, describe, expect, it } from 'vitest';
import { clearReplaced, moveChangedFiles, removeFiles, replacedDir } from './commit-output.ts';

function write(folder: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
}

const textOf = (folder: string, file: string) => readFileSync(path.join(folder, file), 'utf8');
const keptTexts = (outDir: string) =>
  readdirSync(replacedDir(outDir))
    .map((file) => textOf(replacedDir(outDir), file))
    .sort();

describe('putting an incremental build in place', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('moves the changed files over the published ones, keeps the old versions aside, and the next build deletes them', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'habari-commit-'));
    const outDir = path.join(root, 'dist');
    const stageDir = path.join(root, 'dist.building');
    write(outDir, { 'index.html': 'old front', 'habari/a.html': 'old a', 'habari/gone.html': 'gone' });
    write(stageDir, { 'index.html': 'new front', 'habari/b.html': 'new b' });

    expect(moveChangedFiles(stageDir, outDir)).toEqual(['habari/b.html', 'index.html']);
    expect(removeFiles(outDir, ['habari/gone.html'])).toEqual(['habari/gone.html']);

    expect(textOf(outDir, 'index.html')).toBe('new front');
    expect(textOf(outDir, 'habari/b.html')).toBe('new b');
    expect(textOf(outDir, 'habari/a.html')).toBe('old a');
    expect(existsSync(path.join(outDir, 'habari/gone.html'))).toBe(false);
    // The old version of the one file replaced, and the file removed: nothing else.
    expect(keptTexts(outDir)).toEqual(['gone', 'old front']);

    await clearReplaced(outDir);
    expect(existsSync(replacedDir(outDir))).toBe(false);
    expect(textOf(outDir, 'index.html')).toBe('new front');
  });
});
