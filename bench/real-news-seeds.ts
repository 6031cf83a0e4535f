// Real Swahili news as seeds, for judging quality where synthetic text hides real failures: the BBC News Swahili
// articles of MasakhaNEWS in ../shared/real-news (both files there), turned into seeds by that folder's own
// make-seeds.py at run time, with each article's category as its annotators gave it. Nothing of them is ever
// kept in the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** Where CI and these machines keep the shared data, beside the checkout. */
export const REAL_NEWS_DIR = path.resolve(root, '../shared/real-news');
/** The labelled files, in the order their seeds are published. */
const LABELLED = ['masakhanews-swa-dev.tsv.gz', 'masakhanews-swa-fewshot50-train.tsv.gz'];

export interface RealNews {
  seedsDir: string;
  /** Each seed file's category (politics, sports, …). */
  categories: Map<string, string>;
}

/** Why real news cannot be used here, or null when it can. */
export function realNewsMissing(): string | null {
  const wanted = ['make-seeds.py', ...LABELLED].filter((file) => !existsSync(path.join(REAL_NEWS_DIR, file)));
  return wanted.length === 0 ? null : `${REAL_NEWS_DIR} has no ${wanted.join(', ')}`;
}

/**
 * Writes the seeds of the first `perFile` articles of each labelled file (all of them by default) into a fresh
 * `seedsDir`, named so that the files' articles follow each other (`a000012_real.txt`, `b000003_real.txt`).
 */
export function writeRealNewsSeeds(seedsDir: string, perFile = 100_000): RealNews {
  const missing = realNewsMissing();
  if (missing) throw new Error(`real news: ${missing}`);
  rmSync(seedsDir, { recursive: true, force: true });
  mkdirSync(seedsDir, { recursive: true });
  const categories = new Map<string, string>();
  LABELLED.forEach((file, at) => {
    const part = `${seedsDir}.part`;
    rmSync(part, { recursive: true, force: true });
    const made = spawnSync(
      'python3',
      [
        path.join(REAL_NEWS_DIR, 'make-seeds.py'),
        path.join(REAL_NEWS_DIR, file),
        path.join(part, 'seeds'),
        String(perFile),
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`make-seeds.py ${file} failed:\n${made.stdout}${made.stderr}`);
    const prefix = String.fromCharCode(97 + at);
    for (const line of readFileSync(path.join(part, 'categories.tsv'), 'utf8').split('\n')) {
      const [name, category] = line.split('\t');
      if (name && category) categories.set(prefix + name, category);
    }
    for (const name of readdirSync(path.join(part, 'seeds')))
      renameSync(path.join(part, 'seeds', name), path.join(seedsDir, prefix + name));
    rmSync(part, { recursive: true, force: true });
  });
  return { seedsDir, categories };
}
