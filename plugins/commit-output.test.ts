import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OutputWriter } from '../src/prerender/output-files.ts';
import { moveChangedFiles, removeFiles, removeUnused, replacedDir } from './commit-output.ts';

function write(folder: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
}

const textOf = (folder: string, file: string) => readFileSync(path.join(folder, file), 'utf8');
const inodeOf = (folder: string, file: string) => statSync(path.join(folder, file)).ino;

/** The old versions kept, by path, with their text. */
function kept(outDir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(replacedDir(outDir), relative), { withFileTypes: true })) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(file);
      else found[file] = textOf(replacedDir(outDir), file);
    }
  };
  walk('');
  return found;
}

describe('putting an incremental build in place', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('moves the changed files over the published ones and keeps the old versions aside, at their paths', () => {
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
    expect(kept(outDir)).toEqual({ 'index.html': 'old front', 'habari/gone.html': 'gone' });
  });

  it('has the next build write a file over its old version, and what it does not write over deleted', () => {
    root = mkdtempSync(path.join(tmpdir(), 'habari-commit-'));
    const outDir = path.join(root, 'dist');
    const stageDir = path.join(root, 'dist.building');
    write(outDir, { 'index.html': 'a front page longer than the next one', 'ukurasa/1.html': 'page one' });
    write(stageDir, { 'index.html': 'second front', 'ukurasa/1.html': 'page one, second' });
    moveChangedFiles(stageDir, outDir);
    const oldFront = inodeOf(replacedDir(outDir), 'index.html');

    // The next build writes the front page again, and a page it never wrote before.
    rmSync(stageDir, { recursive: true });
    new OutputWriter(stageDir, replacedDir(outDir)).write([
      { fileName: 'index.html', source: 'third' },
      { fileName: 'ukurasa/2.html', source: 'page two' },
    ]);
    expect(textOf(stageDir, 'index.html')).toBe('third');
    expect(inodeOf(stageDir, 'index.html')).toBe(oldFront);
    expect(textOf(stageDir, 'ukurasa/2.html')).toBe('page two');
    expect(kept(outDir)).toEqual({ 'ukurasa/1.html': 'page one' });

    removeUnused(outDir);
    moveChangedFiles(stageDir, outDir);
    expect(textOf(outDir, 'index.html')).toBe('third');
    expect(textOf(outDir, 'ukurasa/1.html')).toBe('page one, second');
    expect(kept(outDir)).toEqual({ 'index.html': 'second front' });
  });

  it('never writes into a file that is still published (a build stopped while moving)', () => {
    root = mkdtempSync(path.join(tmpdir(), 'habari-commit-'));
    const outDir = path.join(root, 'dist');
    const stageDir = path.join(root, 'dist.building');
    write(outDir, { 'index.html': 'published' });
    mkdirSync(replacedDir(outDir));
    linkSync(path.join(outDir, 'index.html'), path.join(replacedDir(outDir), 'index.html'));

    new OutputWriter(stageDir, replacedDir(outDir)).write([{ fileName: 'index.html', source: 'new' }]);
    expect(textOf(outDir, 'index.html')).toBe('published');
    expect(textOf(stageDir, 'index.html')).toBe('new');
    expect(inodeOf(stageDir, 'index.html')).not.toBe(inodeOf(outDir, 'index.html'));
  });
});
