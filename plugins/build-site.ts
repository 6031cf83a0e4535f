// `vite build` for the whole site, as stages: code (bundles) → seeds (records) → site model → related
// articles → outputs (pages, data, feed, sitemaps) → service worker → check → publish. Each stage takes what it
// can from the build cache (plugins/build-cache.ts); a build with the same code as the last one writes only the
// outputs whose inputs changed, and the result is byte for byte what a clean build would write.
// Everything is written into the copy of the site readers do not see, and the published folder is switched to it
// in one step once all of it succeeded (plugins/site-copies.ts); one build at a time (plugins/build-lock.ts).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger, ViteBuilder } from 'vite';
import { collectGarbage } from '../src/prerender/collect-garbage.ts';
import { COMPRESSED_FORMS, OutputWriter, removeFile } from '../src/prerender/output-files.ts';
import { stopPoint } from '../src/prerender/stop-point.ts';
import type { RenderJob } from '../src/prerender/render-jobs.ts';
import { parseSeed } from '../src/seeds/parse-seed.ts';
import { readSeedSettings, seedNamer } from '../src/seeds/read-seed-folder.ts';
import { SeedBuildError, type SeedProblem } from '../src/seeds/seed-error.ts';
import { seedNames, type SeedEntry } from '../src/seeds/scan-seeds.ts';
import { timeZoneProblem } from '../src/seeds/seed-date.ts';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import type { RelatedTable } from '../src/site/related-articles.ts';
import { WORD_FREQUENCIES_FILE } from '../src/site/word-frequencies.ts';
import { SEARCH_MANIFEST } from '../src/search/search-shards.ts';
import { siteModel } from '../src/site/site-model.ts';
import { BuildCache, type CachedBuild, type CacheMiss } from './build-cache.ts';
import { acquireBuildLock, BuildLockedError, type HeldLock } from './build-lock.ts';
import { codeKey } from './code-key.ts';
import { codeStage, copyStatic, type CodeStage } from './code-stage.ts';
import { SiteOutputs, unitFiles } from './output-plan.ts';
import { relatedStage } from './related-stage.ts';
import { searchStage } from './search-stage.ts';
import { scanInWorkers, seedStage, type SeedStage } from './seed-stage.ts';
import { writeServiceWorker } from './service-worker-stage.ts';
import {
  catchUp,
  copyDir,
  copySite,
  emptyCopy,
  publishCopy,
  siteCopies,
  spareOf,
  type CopyName,
} from './site-copies.ts';
import { verifySite } from './verify-site.ts';
import { pinWordTable, wordTableStage } from './word-table-stage.ts';
import { WorkerPool } from './worker-pool.ts';
import { writeFailure } from './write-failure.ts';

export interface SiteBuildOptions {
  root: string;
  seedsDir: string;
  outDir: string;
  cacheDir: string;
  siteUrl: string;
  appVersion: string;
  /** The site's time zone (HABARI_TIME_ZONE): every dated seed's time is the newsroom's time there. */
  timeZone: string;
  /** Ignore the cache: build everything from the seeds and the code. */
  clean: boolean;
}

const NO_POPULAR: string[] = Object.freeze([]) as unknown as string[];

/** Render jobs per message to a worker: large enough to amortise the message, small enough to share out. A
 * rebuild's few hundred pages go in smaller batches, so that no worker is left with a last large one. */
const RENDER_BATCH = { most: 64, least: 8 };

/**
 * Builds the site, or stops with a message that says everything, printed alone (no stack trace, nothing of
 * Vite's): bad seeds, another build at work, a disk that is full or read-only.
 */
export async function buildSite(builder: ViteBuilder, options: SiteBuildOptions): Promise<void> {
  const shownOut = shownPath(options.root, options.outDir);
  try {
    await buildWithLocks(builder, options, shownOut);
  } catch (error) {
    const message =
      error instanceof SeedBuildError || error instanceof BuildLockedError
        ? error.message
        : (writeFailure(error, shownOut)?.message ?? null);
    if (message === null) throw error;
    builder.config.logger.error(message);
    process.exit(1);
  }
}

async function buildWithLocks(
  builder: ViteBuilder,
  options: SiteBuildOptions,
  shownOut: string,
): Promise<void> {
  const zoneProblem = timeZoneProblem(options.timeZone);
  if (zoneProblem) throw new SeedBuildError([{ file: 'HABARI_TIME_ZONE', line: null, message: zoneProblem }]);
  const locks: HeldLock[] = [];
  try {
    // Before anything is touched: the published folder and the cache are this build's alone.
    mkdirSync(path.dirname(options.outDir), { recursive: true });
    locks.push(acquireBuildLock(options.outDir, `${shownOut} is being built`));
    mkdirSync(path.dirname(options.cacheDir), { recursive: true });
    locks.push(acquireBuildLock(options.cacheDir, `the build cache of ${shownOut} is in use`));
    for (const note of locks.flatMap((lock) => lock.notes)) builder.config.logger.warn(`habari: ${note}`);
    await buildLocked(builder, options);
  } finally {
    for (const lock of locks.reverse()) lock.release();
  }
}

async function buildLocked(builder: ViteBuilder, options: SiteBuildOptions): Promise<void> {
  const { root, seedsDir, outDir, cacheDir, siteUrl, appVersion, timeZone } = options;
  const logger = builder.config.logger;
  const spillDir = `${outDir}.spill`;
  const started = performance.now();
  const step = stepLogger(logger, started);
  const cache = new BuildCache(cacheDir);
  let copies = siteCopies(outDir);
  // A build stopped after it saved its cache and before it published: its copy is complete, and published now.
  if (cache.site !== null && cache.site !== copies.live && existsSync(copyDir(outDir, cache.site))) {
    logger.warn(`habari: publishing the site the last build finished but did not publish (it was stopped)`);
    publishCopy(outDir, cache.site);
    copies = siteCopies(outDir);
  }
  const spare = spareOf(copies);
  const siteDir = copyDir(outDir, spare);
  rmSync(spillDir, { recursive: true, force: true });
  mkdirSync(spillDir, { recursive: true });
  let pool: WorkerPool | null = null;
  try {
    const code = await codeStage(
      builder,
      cacheDir,
      codeKey(root, { siteUrl, appVersion, timeZone, nodeEnv: process.env.NODE_ENV ?? '' }),
      logger,
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
      siteDir,
      timeZone,
      spillDir,
      publishedDir: outDir,
      siteUrl,
      ...code.shell,
    });

    // The workers look at the seed files (and count their words, when the build weighs words by its own count)
    // while this thread loads the cache.
    const names = seedNames(seedsDir);
    const scanning = scanInWorkers(pool, names, shown);
    scanning.catch(() => undefined);
    const wordTable =
      settingsProblems.length > 0
        ? { table: settings.table, counted: null }
        : await wordTableStage(pool, names, settings.table);
    const cacheState = { codeKey: code.key, tableDigest: wordTable.table.digest, seedsDir, outDir };
    const loaded = options.clean
      ? { reason: 'HABARI_CLEAN=1 asks for one', damaged: false }
      : cache.load(cacheState, copies.live);
    const usable = 'build' in loaded ? loaded.build : null;
    if ('damaged' in loaded && loaded.damaged)
      logger.warn(
        `habari: the build cache is damaged (${loaded.reason}); building everything from the seeds`,
      );
    const seeds = await seedStage(await scanning, usable?.seeds ?? null, pool, settingsProblems);
    stopPoint('seeds');
    // The search postings the workers still hold go to disk now, before they render pages.
    await pool.runOnEach({ type: 'flush' });
    step(`${seeds.entries.length} seeds, ${seeds.read.size} read`);

    // The seeds are good: from here on the spare copy is written, so the cache stops vouching for it.
    cache.forgetSpare();
    const behind = prepareCopy(outDir, copies.live, spare, usable);
    await pool.runOnEach({ type: 'writer', fresh: usable === null });
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
    const related = await relatedStep(seeds, usable, pool, cache);
    stopPoint('related');
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

    const fresh = usable === null;
    const { units, changed } = await outputStage(
      new SiteOutputs(model, seeds.records, related, code.key, timeZone),
      pool,
      usable?.units ?? null,
      (name) => firstParagraph(seedsDir, shown(name), name),
      { siteDir, fresh, siteUrl, seeds: seeds.entries.length },
    );
    const writer = new OutputWriter(siteDir, fresh);
    step(`${changed.length} of ${units.size} pages and files written`);
    const search = await (searchMeanwhile ?? makeSearch());
    stopPoint('search');
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

    await verifySite(siteDir, model, seeds.entries.length, changed);
    const removed = usable ? [...usable.units.keys()].filter((id) => !units.has(id)) : [];
    // Every file this build decided, each with its compressed forms: written, or removed.
    const decided = [...changed, ...removed].flatMap(unitFiles).flatMap(withForms);
    if (usable) {
      for (const file of removed.flatMap(unitFiles).flatMap(withForms)) removeFile(path.join(siteDir, file));
      catchUp(outDir, copies.live as CopyName, spare, behind, new Set(decided));
    } else {
      copyStatic(code, siteDir);
      await writeServiceWorker(siteDir, code.serviceWorkerDir);
    }
    const changes = usable ? publishedChanges(outDir, copies.live as CopyName, spare, decided) : null;

    cache.save({
      state: cacheState,
      related,
      units,
      site: spare,
      // The copy published now trails the new one by exactly the files this build decided.
      spare: usable ? { copy: copies.live as CopyName, behind: decided } : null,
    });
    stopPoint('publish');
    publishCopy(outDir, spare);
    stopPoint('published');
    writeChanges(cacheDir, changes);
    pinWordTable(seedsDir, shown(WORD_FREQUENCIES_FILE), wordTable, logger);
    step('checked, cache saved, published');
    if (!usable) {
      // The other copy starts as this one: the next build then writes only what it changes.
      const other = copies.live ?? (spare === 'a' ? 'b' : 'a');
      copySite(outDir, spare, other);
      cache.setSpare({ copy: other, behind: [] });
      step('the other copy of the site made');
    }
    logger.info(
      summary(
        model,
        changed.length,
        removed.length,
        usable ? null : (loaded as CacheMiss).reason,
        code,
        started,
      ),
    );
  } finally {
    // Cleaning up must never hide why a build failed: the workers stop first, and a failure here only warns.
    await pool?.close().catch(() => undefined);
    try {
      rmSync(spillDir, { recursive: true, force: true });
    } catch (cleanupError) {
      logger.warn(`habari: could not remove ${spillDir}: ${String(cleanupError)}`);
    }
  }
}

/**
 * Readies the spare copy for this build: emptied for a clean build; for an incremental one, kept if the cache
 * knows how it differs from the published copy (those files are returned, to be caught up at the end), and
 * otherwise made anew as the published copy.
 */
function prepareCopy(
  outDir: string,
  live: CopyName | null,
  spare: CopyName,
  usable: CachedBuild | null,
): readonly string[] {
  if (!usable || live === null) {
    emptyCopy(outDir, spare);
    return [];
  }
  if (usable.spare?.copy === spare && existsSync(copyDir(outDir, spare))) return usable.spare.behind;
  copySite(outDir, live, spare);
  return [];
}

/** A folder as messages name it: relative to the project when it is inside it. */
function shownPath(root: string, folder: string): string {
  const relative = path.relative(root, folder);
  return relative && !relative.startsWith('..') ? relative : folder;
}

/** A file and its compressed forms. */
const withForms = (file: string) => [file, ...COMPRESSED_FORMS.map((form) => file + form)];

/** `+ path` for each decided file the new copy has, `- path` for one only the published copy had. */
function publishedChanges(
  outDir: string,
  live: CopyName,
  spare: CopyName,
  decided: readonly string[],
): string[] {
  const changes: string[] = [];
  for (const file of [...new Set(decided)].sort()) {
    if (existsSync(path.join(copyDir(outDir, spare), file))) changes.push(`+ ${file}`);
    else if (existsSync(path.join(copyDir(outDir, live), file))) changes.push(`- ${file}`);
  }
  return changes;
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
  cache: BuildCache,
): Promise<RelatedTable> {
  const related = await relatedStage(
    seeds.records,
    usable ? { table: usable.related, records: recordsOf(usable) } : null,
    { pool, dropVectors: true },
  );
  const present = new Set(seeds.entries.map((entry) => entry.name));
  cache.stageSeedFiles(
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
  site: { siteDir: string; fresh: boolean; siteUrl: string; seeds: number },
): Promise<{ units: Map<string, string>; changed: string[] }> {
  const units = new Map(outputs.units());
  const changed = [...units].filter(([id, key]) => previous?.get(id) !== key).map(([id]) => id);
  pool.doing = `writing ${changed.length} pages of a site of ${site.seeds} seeds`;
  // The workers render while this thread makes the feed and the sitemaps. Awaited after them; until then a
  // failure must not go unhandled.
  const rendering = renderUnits(pool, changed, (id) => outputs.job(id));
  rendering.catch(() => undefined);
  const writer = new OutputWriter(site.siteDir, site.fresh);
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

/** `cleanBecause`: why the build was a clean one; null for an incremental build. */
function summary(
  model: ReturnType<typeof siteModel>,
  written: number,
  removed: number,
  cleanBecause: string | null,
  code: CodeStage,
  started: number,
): string {
  const articles = model.articles.length;
  const headlineOnly = model.posts.length - articles;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const kind =
    cleanBecause === null
      ? `an incremental build, ${written} outputs written and ${removed} removed`
      : `a clean build${code.bundled ? '' : ' with cached bundles'} (${cleanBecause})`;
  return (
    `habari: wrote ${articles} article${articles === 1 ? '' : 's'} and ${headlineOnly} headline-only post${headlineOnly === 1 ? '' : 's'} ` +
    `in ${seconds} s: ${kind}`
  );
}
