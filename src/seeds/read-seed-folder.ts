// Reads a seed folder whole, in this process: every seed's record and article, the editors' English
// headlines and the word-frequency table. For the development server and for tests, where the site is small;
// the build reads seeds in worker threads instead (plugins/seed-stage.ts), keeping records only.
// Collects every problem before failing, so one run lists all bad seeds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleWords } from '../search/tokenize.ts';
import {
  countArticleWords,
  formatWordFrequencies,
  needsCounting,
  NO_WORD_FREQUENCIES,
  parseWordFrequencies,
  type WordFrequencies,
} from '../site/word-frequencies.ts';
import { ArticleTerms } from './article-terms.ts';
import { parseSeed, type SeedArticle } from './parse-seed.ts';
import { DEFAULT_TIME_ZONE } from './seed-date.ts';
import { readEditorsHeadlines, type EditorsHeadlines } from './read-editors-headlines.ts';
import { readWordFrequencies } from './read-word-frequencies.ts';
import { describeError, scanSeeds } from './scan-seeds.ts';
import { SeedBuildError, type SeedProblem } from './seed-error.ts';
import { seedRecord, type SeedRecord } from './seed-record.ts';

export interface SeedFolder {
  /** In publication order. */
  records: SeedRecord[];
  /** The parsed article of each record, same order. */
  articles: SeedArticle[];
  editors: EditorsHeadlines;
  table: WordFrequencies;
}

/** How messages name a file of the seed folder: relative to `displayRoot` (the project root), with `/`. */
export function seedNamer(seedsDir: string, displayRoot: string): (name: string) => string {
  return (name) => path.relative(displayRoot, path.join(seedsDir, name)).split(path.sep).join('/');
}

export function readSeedFolder(
  seedsDir: string,
  displayRoot: string,
  zone: string = DEFAULT_TIME_ZONE,
): SeedFolder {
  const shown = seedNamer(seedsDir, displayRoot);
  const { entries, problems } = scanSeeds(seedsDir, shown);
  const settings = readSeedSettings(seedsDir, shown, problems);
  const records: SeedRecord[] = [];
  const articles: SeedArticle[] = [];
  const files: Array<[name: string, bytes: Uint8Array]> = [];
  for (const { name } of entries) {
    try {
      files.push([name, readFileSync(path.join(seedsDir, name))]);
    } catch (error) {
      problems.push({ file: shown(name), line: null, message: `cannot be read (${describeError(error)})` });
    }
  }
  // Counted here as the build counts it when the archive has no table of its own (never written from here).
  if (needsCounting(settings.table, entries.length)) settings.table = countedTable(files);
  const termsOf = new ArticleTerms(settings.table);
  for (const [name, bytes] of files) {
    const result = seedRecord(shown(name), name, bytes, termsOf, zone);
    if (result.ok) {
      records.push(result.record);
      articles.push(result.article);
    } else {
      problems.push(result.problem);
    }
  }
  if (problems.length > 0) throw new SeedBuildError(problems);
  return { records, articles, ...settings };
}

/** The two files beside the seeds that every record and page may depend on. */
export function readSeedSettings(
  seedsDir: string,
  shown: (name: string) => string,
  problems: SeedProblem[],
): { editors: EditorsHeadlines; table: WordFrequencies } {
  return {
    editors: readEditorsHeadlines(seedsDir, shown, problems),
    table: readWordFrequencies(seedsDir, shown, problems) ?? NO_WORD_FREQUENCIES,
  };
}

/** The word table of these seeds, as `npm run word-frequencies` would count it. */
function countedTable(files: ReadonlyArray<[name: string, bytes: Uint8Array]>): WordFrequencies {
  const counts = new Map<string, number>();
  let articles = 0;
  for (const [name, bytes] of files) {
    const parsed = parseSeed(name, bytes);
    if (!parsed.ok) continue;
    articles++;
    countArticleWords(counts, articleWords({ ...parsed.article, english: parsed.article.englishHeadline }));
  }
  const parsed = parseWordFrequencies(formatWordFrequencies(articles, counts));
  return parsed.ok ? parsed.table : NO_WORD_FREQUENCIES;
}
