// The archive figures: a clean build of a news-sized archive (time and memory of the whole process tree,
// under 256 open files), the word-frequency table it needs, and a newsroom's daily rebuild (one seed edited,
// one added, one deleted) checked byte for byte against a clean build of the same seeds.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { WORD_FREQUENCIES_FILE } from '../src/site/word-frequencies.ts';
import {
  buildMeasured,
  folderSize,
  type MeasuredBuild,
  prepareArchive,
  publishOneDay,
  removeIfPresent,
  siteFolders,
  sameFolders,
  seedNames,
} from './archive-builds.ts';
import { type Figure, figure } from './figures.ts';
import { median } from './lighthouse-runs.ts';

const log = (line: string) => console.log(`bench: ${line}`);

export interface ArchiveBudgets {
  seconds: number | null;
  memoryMB: number | null;
  incrementalSeconds: number | null;
}

export interface ArchiveRun {
  figures: Figure[];
  seedsDir: string;
  /** The clean build of the archive as first written (before any daily rebuild). */
  siteDir: string;
  build: MeasuredBuild;
}

const label = (count: number) => count.toLocaleString('en');

/** Writes the archive and builds it clean; the site is left in `outRoot/site-COUNT` for further figures. */
/**
 * `seedsDir`: an archive this bench wrote before (with its word-frequency table), to build instead of writing
 * it again; the word-frequency figure is then left out.
 */
export async function cleanArchiveBuild(
  outRoot: string,
  count: number,
  budgets: ArchiveBudgets,
  given?: string,
): Promise<ArchiveRun> {
  const seedsDir = given ?? path.join(outRoot, `seeds-${count}`);
  const siteDir = path.join(outRoot, `site-${count}`);
  removeIfPresent(...siteFolders(siteDir));
  const archive = given ? reusedArchive(given, count) : await prepareArchive(seedsDir, count);
  if (archive.wordFrequencySeconds !== null)
    log(`word frequencies of ${label(count)} seeds: ${archive.wordFrequencySeconds.toFixed(1)} s`);
  log(`clean build of ${label(count)} seeds`);
  const build = await buildMeasured(seedsDir, siteDir, {
    clean: true,
    cacheDir: `${siteDir}.cache`,
    // Half an hour at a million: its steps show where the time and memory go.
    echo: count >= 1_000_000,
  });
  log(`${label(count)} seeds: ${build.seconds.toFixed(1)} s, ${Math.round(build.peakMemoryMB)} MB`);
  const site = folderSize(siteDir);
  const archivePages = archivePageCounts(siteDir);
  const kind = (budget: number | null) => (budget === null ? 'info' : 'max');
  return {
    seedsDir,
    siteDir,
    build,
    figures: [
      ...(archive.wordFrequencySeconds === null
        ? []
        : [
            figure(
              `${label(count)} seeds: npm run word-frequencies`,
              archive.wordFrequencySeconds,
              null,
              'info',
              's',
            ),
          ]),
      figure(
        `${label(count)} seeds: clean build, time`,
        build.seconds,
        budgets.seconds,
        kind(budgets.seconds),
        's',
      ),
      figure(
        `${label(count)} seeds: clean build, peak memory (process tree)`,
        build.peakMemoryMB,
        budgets.memoryMB,
        kind(budgets.memoryMB),
        'MB',
      ),
      figure(`${label(count)} seeds: site on disk`, site.bytes, null, 'info', 'bytes'),
      figure(`${label(count)} seeds: files in the site`, site.files, null, 'info', 'count'),
      figure(`${label(count)} seeds: day pages (first pages)`, archivePages.days, null, 'info', 'count'),
      figure(`${label(count)} seeds: month pages`, archivePages.months, null, 'info', 'count'),
    ],
  };
}

/** The archive-by-date pages a build wrote: `tarehe/YYYY-MM-DD.html` for a day, `tarehe/YYYY-MM.html` a month. */
function archivePageCounts(siteDir: string): { days: number; months: number } {
  const folder = path.join(siteDir, 'tarehe');
  const names = existsSync(folder) ? readdirSync(folder) : [];
  return {
    days: names.filter((name) => /^\d{4}-\d{2}-\d{2}\.html$/.test(name)).length,
    months: names.filter((name) => /^\d{4}-\d{2}\.html$/.test(name)).length,
  };
}

/** An archive written before: it must hold `count` seeds and the word-frequency table made from them. */
function reusedArchive(seedsDir: string, count: number): { wordFrequencySeconds: null } {
  const seeds = seedNames(seedsDir).length;
  if (seeds !== count || !existsSync(path.join(seedsDir, WORD_FREQUENCIES_FILE))) {
    throw new Error(
      `${seedsDir}: expected ${count} seeds and ${WORD_FREQUENCIES_FILE}, found ${seeds} seeds`,
    );
  }
  log(`building the archive already written in ${seedsDir}`);
  return { wordFrequencySeconds: null };
}

/** Where in a build the killed rebuilds are killed: shares of an ordinary rebuild's time, spread over it. */
const KILL_MOMENTS = [0.2, 0.55, 0.9];

/**
 * `rounds` daily rebuilds of the archive in `run` (the clean build's cache is theirs to start from); then
 * `killedRounds` days whose build is killed (kill -9 of its process group) at a moment spread over an ordinary
 * rebuild's time, each followed by an ordinary build, timed; then a clean build of the same seeds into another
 * folder, compared file by file with the last build.
 */
export async function dailyRebuildFigures(
  run: ArchiveRun,
  count: number,
  rounds: number,
  budget: number | null,
  compare = true,
  killedRounds = 0,
): Promise<Figure[]> {
  const times: number[] = [];
  const memories: number[] = [];
  const changedFiles: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const edited = publishOneDay(run.seedsDir, count, round);
    log(`rebuild ${round + 1} of ${rounds}: edited ${edited}, deleted one, added one`);
    // A newsroom's rebuild comes a day after the last build, when the disk has long written it out: not while
    // it still writes the gigabytes of a clean build made a second ago. Waited for, not timed.
    const synced = performance.now();
    spawnSync('sync');
    log(
      `rebuild ${round + 1}: the disk wrote out the builds before it in ${((performance.now() - synced) / 1000).toFixed(1)} s (sync)`,
    );
    const build = await buildMeasured(run.seedsDir, run.siteDir, { cacheDir: `${run.siteDir}.cache` });
    log(`rebuild ${round + 1}: ${build.seconds.toFixed(1)} s, ${Math.round(build.peakMemoryMB)} MB`);
    times.push(build.seconds);
    memories.push(build.peakMemoryMB);
    const changes = readFileSync(path.join(`${run.siteDir}.cache`, 'changed-files.txt'), 'utf8');
    changedFiles.push(changes.split('\n').filter((line) => /^[+-] /.test(line)).length);
  }
  const figures = [
    figure(
      `${label(count)} seeds: rebuild after 1 edited, 1 added, 1 deleted (median of ${rounds})`,
      median(times),
      budget,
      budget === null ? 'info' : 'max',
      's',
    ),
    figure(
      `${label(count)} seeds: that rebuild, peak memory (median of ${rounds})`,
      median(memories),
      null,
      'info',
      'MB',
    ),
    figure(
      `${label(count)} seeds: that rebuild, files written or removed (median of ${rounds})`,
      median(changedFiles),
      null,
      'info',
      'count',
    ),
  ];
  figures.push(...(await killedRebuildFigures(run, count, rounds, killedRounds, median(times))));
  if (!compare) return figures;
  const cleanDir = `${run.siteDir}-clean`;
  log(`clean build of the same ${label(count)} seeds, to compare with the site after every rebuild above`);
  await buildMeasured(run.seedsDir, cleanDir, { clean: true, cacheDir: `${cleanDir}.cache` });
  const compared = sameFolders(run.siteDir, cleanDir);
  if (!compared.same) log(`the rebuild differs from the clean build:\n${compared.differences}`);
  removeIfPresent(...siteFolders(cleanDir));
  return [
    ...figures,
    figure(
      `${label(count)} seeds: rebuilt folder byte-identical to a clean build (1 = yes)`,
      compared.same ? 1 : 0,
      1,
      'min',
      'count',
    ),
  ];
}

/** Days whose build is killed part-way, and the ordinary build after each (README, "When a build dies"). */
async function killedRebuildFigures(
  run: ArchiveRun,
  count: number,
  firstRound: number,
  rounds: number,
  rebuildSeconds: number,
): Promise<Figure[]> {
  if (rounds === 0) return [];
  const times: number[] = [];
  for (let at = 0; at < rounds; at++) {
    publishOneDay(run.seedsDir, count, firstRound + at);
    spawnSync('sync');
    const moment = (KILL_MOMENTS[at % KILL_MOMENTS.length] as number) * rebuildSeconds;
    const killed = await buildMeasured(run.seedsDir, run.siteDir, {
      cacheDir: `${run.siteDir}.cache`,
      killAfterSeconds: moment,
    });
    log(
      `killed rebuild ${at + 1} of ${rounds}: ${killed.killed ? `killed at ${moment.toFixed(1)} s` : 'finished before the kill'}, after "${killed.lastStep ?? 'no step'}"`,
    );
    const next = await buildMeasured(run.seedsDir, run.siteDir, { cacheDir: `${run.siteDir}.cache` });
    log(`the build after it: ${next.seconds.toFixed(1)} s, ${Math.round(next.peakMemoryMB)} MB`);
    times.push(next.seconds);
  }
  return [
    figure(
      `${label(count)} seeds: rebuild after a build killed part-way (median of ${rounds})`,
      median(times),
      null,
      'info',
      's',
    ),
  ];
}
