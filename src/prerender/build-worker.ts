// A build worker thread: reads seeds into records, and renders outputs into the copy of the site being built,
// as the build's main thread asks (plugins/worker-pool.ts). Holds no more than the batch in hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { preloadRouteViews } from '../app/route-views.ts';
import { buildShardBucket, type ShardBucketResult, type ShardBucketTask } from '../search/build-shards.ts';
import { SearchSpill } from '../search/search-spill.ts';
import { ArticleTerms } from '../seeds/article-terms.ts';
import { describeError, statSeeds, type SeedStats } from '../seeds/scan-seeds.ts';
import type { SeedProblem } from '../seeds/seed-error.ts';
import { seedRecord, type SeedRecord } from '../seeds/seed-record.ts';
import { addPairs, BestLists, type RelatedArrays } from '../site/related-articles.ts';
import { countArticleWords, NO_WORD_FREQUENCIES, parseWordFrequencies } from '../site/word-frequencies.ts';
import { articleWords } from '../search/tokenize.ts';
import { parseSeed } from '../seeds/parse-seed.ts';
import { collectGarbage } from './collect-garbage.ts';
import { OutputWriter } from './output-files.ts';
import { pageTemplate, type PageTemplateOptions } from './page-html.ts';
import { renderJob, type RenderContext, type RenderJob } from './render-jobs.ts';

export interface BuildWorkerData extends PageTemplateOptions {
  seedsDir: string;
  seedsShown: string;
  /** The text of seeds/word-frequencies.tsv, if there is one (a build that counts its own sends it later). */
  wordFrequencies: string | null;
  /** The copy of the site this build writes (plugins/site-copies.ts). */
  siteDir: string;
  /** The site's time zone (HABARI_TIME_ZONE), for the dates of the seeds' names. */
  timeZone: string;
  /** Where the search postings of the seeds read wait for the shard stage. */
  spillDir: string;
  /** The published site: an incremental build starts its search shards from there. */
  publishedDir: string;
  template: string;
  preloads: RenderContext['preloads'];
}

export type BuildWorkerTask =
  /** What the file system says of these seeds (plugins/seed-stage.ts). */
  | { type: 'stat'; names: string[] }
  /** Read seeds: `positions` are their articles' numbers in publication order, for the search postings. */
  | { type: 'parse'; names: string[]; positions: number[] }
  /** Count the words of these seeds (each word once a seed) into this worker's counts. */
  | { type: 'count'; names: string[] }
  /** Hand over this worker's counts, and forget them. */
  | { type: 'counted' }
  /** Weigh words by this table from now on (the one the build counted), before any seed is read. */
  | { type: 'table'; text: string }
  /** Write out every search posting still held in memory. */
  | { type: 'flush' }
  /** From now on, write into the site copy as a clean build (an empty copy) or as an incremental one. */
  | { type: 'writer'; fresh: boolean }
  | { type: 'render'; jobs: RenderJob[] }
  | ({ type: 'shards' } & ShardBucketTask)
  /** Score the pairs of each article in [first, end) with the older ones, into this worker's lists. */
  | { type: 'related-pairs'; index: RelatedArrays; first: number; end: number; limit: number }
  /** Hand over this worker's lists (null if it scored no pairs) and forget them. */
  | { type: 'related-lists' }
  /** Collect garbage now: what the last stage's tasks held (the related index, shared with the main thread). */
  | { type: 'collect' };

export type RelatedListsResult = { articles: Int32Array; scores: Float64Array } | null;

/** A worker's word counts: the seeds it counted, and how many of them use each word. */
export interface CountedWords {
  articles: number;
  words: string[];
  counts: Int32Array;
}

export interface ParseResult {
  records: SeedRecord[];
  problems: SeedProblem[];
}

export type BuildWorkerReply =
  | { id: number; ok: true; result: unknown }
  /** `code`: the file system's error code, so the build can say what to do about a full disk. */
  | { id: number; ok: false; error: string; code: string | null };

const data = workerData as BuildWorkerData;
let writer = new OutputWriter(data.siteDir);
let termsOf = termsWith(data.wordFrequencies);
let spill = new SearchSpill(data.spillDir, threadId, termsOf);
let counted: { articles: number; counts: Map<string, number> } = { articles: 0, counts: new Map() };

function termsWith(tableText: string | null): ArticleTerms {
  const parsed = tableText === null ? null : parseWordFrequencies(tableText);
  return new ArticleTerms(parsed?.ok ? parsed.table : NO_WORD_FREQUENCIES);
}

function count(names: readonly string[]): null {
  for (const name of names) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(data.seedsDir, name));
    } catch {
      // The seed stage reports it.
      continue;
    }
    const parsed = parseSeed(name, bytes);
    if (!parsed.ok) continue;
    counted.articles++;
    countArticleWords(
      counted.counts,
      articleWords({ ...parsed.article, english: parsed.article.englishHeadline }),
    );
  }
  return null;
}
let context: Promise<RenderContext> | null = null;
let related: BestLists | null = null;

function renderContext(): Promise<RenderContext> {
  context ??= preloadRouteViews().then(() => ({
    seedsDir: data.seedsDir,
    seedsShown: data.seedsShown,
    writePage: pageTemplate(data.template, data),
    preloads: data.preloads,
  }));
  return context;
}

// The app's views load while the main thread is still working out what to render.
void renderContext();

const shownSeed = (name: string) => `${data.seedsShown}/${name}`;

function parse(names: readonly string[], positions: readonly number[]): ParseResult {
  const records: SeedRecord[] = [];
  const problems: SeedProblem[] = [];
  names.forEach((name, index) => {
    const file = shownSeed(name);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(data.seedsDir, name));
    } catch (error) {
      problems.push({ file, line: null, message: `cannot be read (${describeError(error)})` });
      return;
    }
    const result = seedRecord(file, name, bytes, termsOf, data.timeZone);
    if (!result.ok) {
      problems.push(result.problem);
      return;
    }
    records.push(result.record);
    spill.add(positions[index] as number, result.terms);
  });
  return { records, problems };
}

async function render(jobs: readonly RenderJob[]): Promise<number> {
  const renderWith = await renderContext();
  let files = 0;
  for (const job of jobs) {
    const outputs = renderJob(job, renderWith);
    writer.write(outputs);
    files += outputs.length;
  }
  return files;
}

async function run(task: BuildWorkerTask): Promise<unknown> {
  switch (task.type) {
    case 'stat':
      return statSeeds(data.seedsDir, task.names, shownSeed) satisfies SeedStats;
    case 'count':
      return count(task.names);
    case 'counted': {
      const result: CountedWords = {
        articles: counted.articles,
        words: [...counted.counts.keys()],
        counts: Int32Array.from(counted.counts.values()),
      };
      counted = { articles: 0, counts: new Map() };
      return result;
    }
    case 'table':
      termsOf = termsWith(task.text);
      spill = new SearchSpill(data.spillDir, threadId, termsOf);
      return null;
    case 'parse':
      return parse(task.names, task.positions);
    case 'flush':
      spill.flush();
      // The seeds are all read: the words' numbers are of no more use.
      termsOf.forget();
      return null;
    case 'writer':
      writer = new OutputWriter(data.siteDir, task.fresh);
      return null;
    case 'render':
      return render(task.jobs);
    case 'shards':
      return buildShardBucket(task, data, (files) => writer.write(files)) satisfies ShardBucketResult;
    case 'related-pairs':
      related ??= new BestLists(task.index.count, task.limit);
      addPairs(task.index, task.first, task.end, related);
      return null;
    case 'related-lists': {
      const lists: RelatedListsResult = related && { articles: related.articles, scores: related.scores };
      related = null;
      return lists;
    }
    case 'collect':
      collectGarbage();
      return null;
  }
}

/** A worker's related lists (a hundred megabytes at a million articles) and seed stats are handed over, not copied. */
function handedOver(task: BuildWorkerTask, result: unknown): ArrayBuffer[] {
  if (task.type === 'stat') {
    const stats = result as SeedStats;
    return [stats.sizes.buffer as ArrayBuffer, stats.mtimes.buffer as ArrayBuffer];
  }
  if (task.type === 'counted') return [(result as CountedWords).counts.buffer as ArrayBuffer];
  if (task.type !== 'related-lists' || !result) return [];
  const lists = result as NonNullable<RelatedListsResult>;
  return [lists.articles.buffer as ArrayBuffer, lists.scores.buffer as ArrayBuffer];
}

parentPort?.on('message', (message: { id: number; task: BuildWorkerTask }) => {
  const { id, task } = message;
  const work = run(task);
  work.then(
    (result) =>
      parentPort?.postMessage({ id, ok: true, result } satisfies BuildWorkerReply, handedOver(task, result)),
    (error: unknown) =>
      parentPort?.postMessage({
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
        code: (error as NodeJS.ErrnoException | null)?.code ?? null,
      } satisfies BuildWorkerReply),
  );
});
