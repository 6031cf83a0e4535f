// `npm run word-frequencies`: counts, for every word of the archive, the articles it appears in, and writes the
// table related articles weigh words by (seeds/word-frequencies.tsv; see src/site/word-frequencies.ts). Run it
// once the archive has a few thousand articles, and again now and then (a year's news changes the words):
// the table is an input, so the build after a new table recomputes every related list.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseSeed } from '../src/seeds/parse-seed.ts';
import { scanSeeds } from '../src/seeds/scan-seeds.ts';
import { articleWords } from '../src/search/tokenize.ts';
import {
  countArticleWords,
  formatWordFrequencies,
  WORD_FREQUENCIES_FILE,
} from '../src/site/word-frequencies.ts';

const root = path.resolve(import.meta.dirname, '..');
const seedsDir = path.resolve(root, process.env.HABARI_SEEDS_DIR ?? 'seeds');

const { entries } = scanSeeds(seedsDir, (name) => path.relative(root, path.join(seedsDir, name)));
const counts = new Map<string, number>();
let articles = 0;
for (const { name } of entries) {
  const parsed = parseSeed(name, readFileSync(path.join(seedsDir, name)));
  // A bad seed is the build's to report; it counts for nothing here.
  if (!parsed.ok) continue;
  articles++;
  countArticleWords(counts, articleWords({ ...parsed.article, english: parsed.article.englishHeadline }));
}
const target = path.join(seedsDir, WORD_FREQUENCIES_FILE);
writeFileSync(target, formatWordFrequencies(articles, counts));
console.log(
  `word-frequencies: ${articles} articles, ${counts.size} words; wrote ${path.relative(root, target)}`,
);
