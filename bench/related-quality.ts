// How well related articles are found, on a synthetic archive whose articles each belong to a topic (the ground
// truth): the share of listed articles that share the article's topic (precision), the share of articles that
// get any list (coverage), and how much today's lists agree with the baseline measure's (related-baseline.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSeed } from '../src/seeds/parse-seed.ts';
import { relatedIndex, relatedLists, termVector, type RelatedText } from '../src/site/related-articles.ts';
import { parseWordFrequencies, WORD_FREQUENCIES_FILE } from '../src/site/word-frequencies.ts';
import { type Figure, figure } from './figures.ts';
import { relatedArticles } from './related-baseline.ts';
import { syntheticTopic } from './synthetic-archive.ts';

const LIMIT = 4;

export interface ListQuality {
  precision: number;
  coverage: number;
}

/** Precision and coverage of `lists` against each article's topic. */
export function listQuality(
  lists: readonly (readonly number[])[],
  topic: (index: number) => number,
): ListQuality {
  let listed = 0;
  let sameTopic = 0;
  let covered = 0;
  lists.forEach((list, article) => {
    if (list.length > 0) covered++;
    for (const other of list) {
      listed++;
      if (topic(other) === topic(article)) sameTopic++;
    }
  });
  return { precision: listed === 0 ? 0 : sameTopic / listed, coverage: covered / Math.max(1, lists.length) };
}

/** Of the baseline's listed articles, the share today's lists also name. */
export function agreement(
  ours: readonly (readonly number[])[],
  baseline: readonly (readonly number[])[],
): number {
  let listed = 0;
  let shared = 0;
  baseline.forEach((list, article) => {
    const mine = new Set(ours[article] ?? []);
    for (const other of list) {
      listed++;
      if (mine.has(other)) shared++;
    }
  });
  return listed === 0 ? 1 : shared / listed;
}

/** Both measures' lists for the seeds of a folder, in publication (file-name) order. */
export function bothMeasures(seedsDir: string): { ours: number[][]; baseline: number[][] } {
  const texts: RelatedText[] = [];
  for (const name of readdirSync(seedsDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()) {
    const parsed = parseSeed(name, readFileSync(path.join(seedsDir, name)));
    if (!parsed.ok) throw new Error(`${name}:${parsed.problem.line}: ${parsed.problem.message}`);
    const { headline, englishHeadline, standfirst, body } = parsed.article;
    texts.push({ headline, english: englishHeadline, standfirst, body });
  }
  const table = parseWordFrequencies(readFileSync(path.join(seedsDir, WORD_FREQUENCIES_FILE), 'utf8'));
  if (!table.ok) throw new Error(`${WORD_FREQUENCIES_FILE}:${table.line}: ${table.message}`);
  const ours = relatedLists(relatedIndex(texts.map((text) => termVector(text, table.table))), LIMIT);
  return { ours, baseline: relatedArticles(texts, LIMIT) };
}

export function relatedQualityFigures(seedsDir: string, count: number, label: string): Figure[] {
  const { ours, baseline } = bothMeasures(seedsDir);
  const topic = (index: number) => syntheticTopic(index, count);
  const now = listQuality(ours, topic);
  const before = listQuality(baseline, topic);
  return [
    figure(
      `${label} seeds: related articles of the same topic (precision)`,
      now.precision,
      before.precision,
      'min',
      'ratio',
    ),
    figure(
      `${label} seeds: related articles, baseline's precision (TF-IDF)`,
      before.precision,
      null,
      'info',
      'ratio',
    ),
    figure(
      `${label} seeds: articles with related articles (coverage)`,
      now.coverage,
      before.coverage * 0.98,
      'min',
      'ratio',
    ),
    figure(`${label} seeds: baseline's coverage`, before.coverage, null, 'info', 'ratio'),
    figure(
      `${label} seeds: baseline's related articles also listed today`,
      agreement(ours, baseline),
      null,
      'info',
      'ratio',
    ),
  ];
}
