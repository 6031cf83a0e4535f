// `vite build` for the whole site, as stages: code (bundles) → seeds (records) → site model → related
// articles → outputs (pages, data, feed, sitemaps) → service worker → check → publish. Each stage takes what it
// can from the build cache (plugins/build-cache.ts); a build with the same code as the last one writes only the
// outputs whose inputs changed, and the result is byte for byte what a clean build would write.
// Everything is written to a stage folder first: the published folder changes only once all of it succeeded.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger, ViteBuilder } from 'vite';
import { collectGarbage } from '../src/prerender/collect-garbage.ts';
import { OutputWriter } from '../src/prerender/output-files.ts';
import type { RenderJob } from '../src/prerender/render-jobs.ts';
import { parseSeed } from '../src/seeds/parse-seed.ts';
import { readSeedSettings, seedNamer } from '../src/seeds/read-seed-folder.ts';
import { SeedBuildError, type SeedProblem } from '../src/seeds/seed-error.ts';
import type { SeedEntry } from '../src/seeds/scan-seeds.ts';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import type { RelatedTable } from '../src/site/related-articles.ts';
import { WORD_FREQUENCIES_FILE } from '../src/site/word-frequencies.ts';
import { SEARCH_MANIFEST } from '../src/search/search-shards.ts';
import { siteModel } from '../src/site/site-model.ts';
import { invalidateCache, loadCache, saveCache, stageSeedFiles, type CachedBuild } from './build-cache.ts';
import { codeKey } from './code-key.ts';
import { codeStage, copyStatic, type CodeStage } from './code-stage.ts';
import { moveChangedFiles, removeFiles, removeUnused, replacedDir } from './commit-output.ts';
import { SiteOutputs, unitFiles } from './output-plan.ts';
import { publishFolder } from './publish-folder.ts';
import { relatedStage } from './related-stage.ts';
import { searchStage } from './search-stage.ts';
import { scanInWorkers, seedStage, type SeedStage } from './seed-stage.ts';
import { writeServiceWorker } from './service-worker-stage.ts';
import { verifySite } from './verify-site.ts';
import { WorkerPool } from './worker-pool.ts';

export interface SiteBuildOptions {
  root: string;
  seedsDir: string;
  outDir: string;
  cacheDir: string;
  siteUrl: string;
  appVersion: string;
  /** Ignore the cache: build everything from the seeds and the code. */
  clean: boolean;
}

const NO_POPULAR: string[] = Object.freeze([]) as unknown as string[];

/** Render jobs per message to a worker: large enough to amortise the message, small enough to share out. A
 * rebuild's few hundred pages go in smaller batches, so that no worker is left with a last large one. */
const RENDER_BATCH = { most: 64, least: 8 };

/** An error whose message says everything: printed without a stack trace. */
function plainError(error: Error): Error {
  error.stack = error.message;
  return error;
}

export async function buildSite(builder: ViteBuilder, options: SiteBuildOptions): Promise<void> {
  const { root, seedsDir, outDir, cacheDir, siteUrl, appVersion } = options;
  const logger = builder.config.logger;
  const stageDir = `${outDir}.building`;
  const spillDir = `${outDir}.spill`;
  const started = performance.now();
  const step = stepLogger(logger, started);
  // Where the last build kept the old versions of what it replaced: this build writes over them.
  const reuseDir = replacedDir(outDir);
  for (const dir of [stageDir, spillDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  let pool: WorkerPool | null = null;
  try {
    const code = await codeStage(
      builder,
      cacheDir,
      codeKey(root, { siteUrl, appVersion, nodeEnv: process.env.NODE_ENV ?? '' }),
    );
    step(code.bundled ? 'bundled the app' : 'bundles unchanged');

    const shown = seedNamer(seedsDir, root);
    const settingsProblems: SeedProblem[] = [];
    const settings = readSeedSettings(seedsDir, shown, settingsProblems);
    const wordFrequencies = path.join(seedsDir, WORD_FREQUENCIES_FILE);
    pool = new WorkerPool(path.join(code.serverDir, 'build-worker.js'), {
      seedsDir,
      seedsShown: shown('').replace(/\/$/, ''),
      wordFrequencies: existsSync(wordFrequencies) ? readFileSync(wordFrequencies, 'utf8') : null,
      stageDir,
      reuseDir,
      spillDir,
      publishedDir: outDir,
      siteUrl,
      ...code.shell,
    });

    // The workers look at the seed files while this thread loads the cache.
    const scanning = scanInWorkers(pool, seedsDir, shown);
    const cacheState = { codeKey: code.key, tableDigest: settings.table.digest, seedsDir, outDir };
    const usable = options.clean || !existsSync(outDir) ? null : loadCache(cacheDir, cacheState);
    // A clean build writes every file new (the workers look for old versions only once they write).
    if (!usable) removeUnused(outDir);
    const seeds = await seedStage(await scanning, usable?.seeds ?? null, pool, settingsProblems);
    // The search postings the workers still hold go to disk now, before they render pages.
    await pool.runOnEach({ type: 'flush' });
    step(`${seeds.entries.length} seeds, ${seeds.read.size} read`);
    // The search shards need only the seeds' names and postings. An incremental build finds its related
    // articles and makes its model on this thread, so the workers make the shards meanwhile; a clean build
    // needs the workers for its related articles, and makes the shards after its pages.
    const makeSearch = () =>
      searchStage(
        pool as WorkerPool,
        seeds.entries.map((entry) => entry.name),
        seeds.read,
        usable ? { names: [...usable.seeds.keys()], keys: searchKeysOf(usable.units) } : null,
      );
    const searchMeanwhile = usable ? makeSearch() : null;
    // Awaited after the pages; until then a failure of its own must not go unhandled (the build's error is
    // the one that stops it first).
    searchMeanwhile?.catch(() => undefined);
    pool.doing = `finding the related articles of ${seeds.entries.length} seeds`;
    const related = await relatedStep(seeds, usable, pool, cacheDir);
    // The records' vectors, the index and the workers' lists are garbage now, here and in the workers (which
    // share the index). Collected before the model is made, which then fills the room the vectors leave; made
    // first, the model stood beside them (a million seeds: 3,484 MB resident after this step, 2,464 MB without).
    // An incremental build's workers never held the index.
    collectGarbage();
    if (!usable) await pool.runOnEach({ type: 'collect' });
    const model = siteModel(seeds.records, settings.editors, shown);
    for (const warning of model.warnings) logger.warn(`habari: ${warning}`);
    // The model holds each article's popular posts by number, and the cache the headlines as written.
    for (const record of seeds.records) record.popular = NO_POPULAR;
    // The model's lookups, collected before the pages need room.
    collectGarbage();
    step('related articles and site model');

    const { units, changed } = await outputStage(
      new SiteOutputs(model, seeds.records, related, code.key),
      pool,
      usable?.units ?? null,
      (name) => firstParagraph(seedsDir, shown(name), name),
      { stageDir, reuseDir, siteUrl, seeds: seeds.entries.length },
    );
    const writer = new OutputWriter(stageDir, reuseDir);
    step(`${changed.length} of ${units.size} pages and files written`);
    const search = await (searchMeanwhile ?? makeSearch());
    for (const key of search.keys) units.set(`search:${key}`, 'shard');
    changed.push(...search.written.map((key) => `search:${key}`));
    const manifestId = `file:${SEARCH_MANIFEST}`;
    units.set(manifestId, search.manifest.key);
    if (usable?.units.get(manifestId) !== search.manifest.key) {
      writer.write(search.manifest.file);
      changed.push(manifestId);
    }
    step(`search: ${search.written.length} of ${search.keys.length} shards written`);
    await pool.close();
    pool = null;

    await verifySite(stageDir, model, seeds.entries.length, changed);
    if (!usable) {
      copyStatic(code, stageDir);
      await writeServiceWorker(stageDir);
    }
    const removed = usable ? [...usable.units.keys()].filter((id) => !units.has(id)) : [];

    invalidateCache(cacheDir);
    if (usable) {
      // The old versions not written over: one more day of them would only pile up. (A clean build removed
      // them before it wrote anything.)
      removeUnused(outDir);
      const moved = moveChangedFiles(stageDir, outDir);
      const deleted = removeFiles(outDir, removed.flatMap(unitFiles));
      writeChanges(cacheDir, [...moved.map((file) => `+ ${file}`), ...deleted.map((file) => `- ${file}`)]);
    } else {
      await publishFolder(stageDir, outDir);
      writeChanges(cacheDir, null);
    }
    saveCache(cacheDir, {
      state: cacheState,
      related,
      units,
    });
    logger.info(summary(model, changed.length, removed.length, usable !== null, code, started));
  } catch (error) {
    if (error instanceof SeedBuildError) throw plainError(error);
    throw error;
  } finally {
    // Cleaning up must never hide why a build failed: the workers stop first, and a failure here only warns.
    await pool?.close().catch(() => undefined);
    for (const dir of [stageDir, spillDir]) {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch (cleanupError) {
        logger.warn(`habari: could not remove ${dir}: ${String(cleanupError)}`);
      }
    }
  }
}

/**
 * The related lists. The index holds every vector then: the records let go of theirs, and once the next
 * cache's seed files are written from the index, the index goes too (hundreds of megabytes at a million
 * articles), before the pages are made. Its own function, so nothing else keeps it.
 */
async function relatedStep(
  seeds: SeedStage,
  usable: CachedBuild | null,
  pool: WorkerPool,
  cacheDir: string,
): Promise<RelatedTable> {
  const related = await relatedStage(
    seeds.records,
    usable ? { table: usable.related, records: recordsOf(usable) } : null,
    { pool, dropVectors: true },
  );
  const present = new Set(seeds.entries.map((entry) => entry.name));
  stageSeedFiles(
    cacheDir,
    {
      names: seeds.entries.map((entry) => entry.name),
      seedAt: (at) => ({
        ...(seeds.entries[at] as SeedEntry),
        record: { ...(seeds.records[at] as SeedRecord), vector: related.vectorOf(at) },
      }),
    },
    // Only the cache files of seeds read or removed are written again.
    usable
      ? {
          seeds: new Set([...seeds.read, ...[...usable.seeds.keys()].filter((name) => !present.has(name))]),
          strings: usable.strings,
        }
      : null,
  );
  return related.table;
}

/**
 * Writes every output whose key changed since `previous`; returns every unit's key and the units written.
 * Its own function, so the outputs' lookups (a hash per post, a slug map) are let go when it returns.
 */
async function outputStage(
  outputs: SiteOutputs,
  pool: WorkerPool,
  previous: ReadonlyMap<string, string> | null,
  firstParagraphOf: (seedName: string) => string,
  site: { stageDir: string; reuseDir: string; siteUrl: string; seeds: number },
): Promise<{ units: Map<string, string>; changed: string[] }> {
  const units = new Map(outputs.units());
  const changed = [...units].filter(([id, key]) => previous?.get(id) !== key).map(([id]) => id);
  pool.doing = `writing ${changed.length} pages of a site of ${site.seeds} seeds`;
  // The workers render while this thread makes the feed and the sitemaps. Awaited after them; until then a
  // failure must not go unhandled.
  const rendering = renderUnits(pool, changed, (id) => outputs.job(id));
  rendering.catch(() => undefined);
  const writer = new OutputWriter(site.stageDir, site.reuseDir);
  const filesChanged: string[] = [];
  for (const file of outputs.fileUnits(site.siteUrl, firstParagraphOf)) {
    units.set(file.id, file.key);
    if (previous?.get(file.id) !== file.key) {
      writer.write(await file.make());
      filesChanged.push(file.id);
    }
  }
  await rendering;
  return { units, changed: [...changed, ...filesChanged] };
}

async function renderUnits(
  pool: WorkerPool,
  ids: readonly string[],
  job: (id: string) => RenderJob,
): Promise<void> {
  // A few batches ahead of the workers, no more: jobs are made as they are sent, so memory stays flat.
  const window = pool.size * 3;
  const running = new Set<Promise<unknown>>();
  const size = Math.max(
    RENDER_BATCH.least,
    Math.min(RENDER_BATCH.most, Math.ceil(ids.length / (pool.size * 8))),
  );
  for (let start = 0; start < ids.length; start += size) {
    const batch = ids.slice(start, start + size).map(job);
    const task = pool.run({ type: 'render', jobs: batch }).finally(() => running.delete(task));
    running.add(task);
    if (running.size >= window) await Promise.race(running);
  }
  await Promise.all(running);
}

function firstParagraph(seedsDir: string, file: string, name: string): string {
  const parsed = parseSeed(file, readFileSync(path.join(seedsDir, name)));
  if (!parsed.ok) throw new Error(`${file}: no longer parses: ${parsed.problem.message}`);
  return parsed.article.body[0] ?? '';
}

function searchKeysOf(units: ReadonlyMap<string, string>): string[] {
  return [...units.keys()].filter((id) => id.startsWith('search:')).map((id) => id.slice('search:'.length));
}

function recordsOf(cache: CachedBuild): SeedRecord[] {
  return Array.from(cache.seeds.values(), (seed) => seed.record);
}

/** The files this build changed, for publishing only those (README, "Publishing"). */
function writeChanges(cacheDir: string, changes: string[] | null): void {
  writeFileSync(
    path.join(cacheDir, 'changed-files.txt'),
    changes === null
      ? '# a clean build: any file may have changed; compare by content (rclone --checksum)\n'
      : `${changes.join('\n')}\n`,
  );
}

/** Each step's time since the start, and the process's memory (its workers are threads: counted in it). */
function stepLogger(logger: Logger, started: number): (what: string) => void {
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  return (what) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const memory = `${mb(process.memoryUsage.rss())} MB resident, peak ${mb(process.resourceUsage().maxRSS * 1024)} MB`;
    logger.info(`habari: ${what} (${seconds} s; ${memory})`);
  };
}

function summary(
  model: ReturnType<typeof siteModel>,
  written: number,
  removed: number,
  incremental: boolean,
  code: CodeStage,
  started: number,
): string {
  const articles = model.articles.length;
  const headlineOnly = model.posts.length - articles;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return (
    `habari: wrote ${articles} article${articles === 1 ? '' : 's'} and ${headlineOnly} headline-only post${headlineOnly === 1 ? '' : 's'} ` +
    `in ${seconds} s: ${incremental ? `an incremental build, ${written} outputs written and ${removed} removed` : `a clean build${code.bundled ? '' : ' with cached bundles'}`}`
  );
}
