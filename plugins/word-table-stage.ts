// The word-frequency table a build weighs related articles' words by (src/site/word-frequencies.ts): the one
// pinned in seeds/word-frequencies.tsv, or, when there is none or the archive has doubled since it was counted,
// one the build counts from the archive itself, in its workers. A counted table is written down once the build
// has published (from PIN_FROM articles), so the next build, clean or not, weighs words the same way.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CountedWords } from '../src/prerender/build-worker.ts';
import {
  formatWordFrequencies,
  needsCounting,
  parseWordFrequencies,
  PIN_FROM,
  WORD_FREQUENCIES_FILE,
  type WordFrequencies,
} from '../src/site/word-frequencies.ts';
import type { WorkerPool } from './worker-pool.ts';

/** Seeds a worker counts per task. */
const BATCH = 500;

export interface WordTable {
  table: WordFrequencies;
  /** A table this build counted, to write down when it has published; null when the pinned one serves. */
  counted: { text: string; why: string } | null;
}

export async function wordTableStage(
  pool: WorkerPool,
  names: readonly string[],
  pinned: WordFrequencies,
): Promise<WordTable> {
  if (!needsCounting(pinned, names.length)) return { table: pinned, counted: null };
  pool.doing = `counting the words of ${names.length} seeds`;
  const batches: Array<Promise<unknown>> = [];
  for (let start = 0; start < names.length; start += BATCH)
    batches.push(pool.run({ type: 'count', names: names.slice(start, start + BATCH) }));
  await Promise.all(batches);
  const counts = new Map<string, number>();
  let articles = 0;
  for (const part of await pool.runOnEach<CountedWords>({ type: 'counted' })) {
    articles += part.articles;
    part.words.forEach((word, at) => counts.set(word, (counts.get(word) ?? 0) + (part.counts[at] as number)));
  }
  const text = formatWordFrequencies(articles, counts);
  const parsed = parseWordFrequencies(text);
  if (!parsed.ok)
    throw new Error(`the counted word table does not parse: line ${parsed.line}: ${parsed.message}`);
  await pool.runOnEach({ type: 'table', text });
  const why =
    pinned.articles === 0
      ? 'there was none'
      : `the archive has twice the ${pinned.articles} articles of the last one`;
  return { table: parsed.table, counted: { text, why } };
}

/**
 * Writes a counted table beside the seeds, from PIN_FROM articles; says so, or why it could not (it is then
 * counted again by the next build, which gives the same table from the same seeds).
 */
export function pinWordTable(
  seedsDir: string,
  shownTable: string,
  wordTable: WordTable,
  say: { info: (line: string) => void; warn: (line: string) => void },
): void {
  const { counted, table } = wordTable;
  if (!counted || table.articles < PIN_FROM) return;
  try {
    writeFileSync(path.join(seedsDir, WORD_FREQUENCIES_FILE), counted.text);
  } catch (error) {
    say.warn(
      `habari: could not write ${shownTable} (${String(error)}); the next build counts the words again`,
    );
    return;
  }
  say.info(
    `habari: counted the words of ${table.articles} articles into ${shownTable} (${counted.why}): related ` +
      'articles weigh words by it; commit it with the seeds',
  );
}
