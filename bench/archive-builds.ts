// An archive as a publisher would have it: news-sized synthetic seeds, the word-frequency table made by
// `npm run word-frequencies`, and builds run as `npm run build` runs them, under macOS's default limit of 256
// open files, measured over the whole process tree.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copiesFolder } from '../plugins/site-copies.ts';
import { BUILD_ARGS, buildEnv } from '../tests/support/site-server.ts';
import { runMeasured, type TreeRun } from './process-tree-memory.ts';
import { syntheticFileName, syntheticSeed, writeSyntheticArchive } from './synthetic-archive.ts';

const root = path.resolve(import.meta.dirname, '..');
export const OPEN_FILES_LIMIT = 256;

export interface MeasuredBuild {
  seconds: number;
  peakMemoryMB: number;
  /** Killed by `killAfterSeconds` before it finished. */
  killed: boolean;
  /** The last step the build's log names. */
  lastStep: string | null;
  /** Seconds the build spent merging the search postings into shards (its own log's search step). */
  searchSeconds: number | null;
}

export interface ArchiveSeeds {
  seedsDir: string;
  /** Time `npm run word-frequencies` took over the archive. */
  wordFrequencySeconds: number;
}

const log = (line: string) => console.log(`bench: ${line}`);

/** Writes `count` synthetic seeds and their word-frequency table into a fresh `seedsDir`. */
export async function prepareArchive(seedsDir: string, count: number): Promise<ArchiveSeeds> {
  rmSync(seedsDir, { recursive: true, force: true });
  log(`writing ${count.toLocaleString('en')} synthetic seeds`);
  await writeSyntheticArchive(seedsDir, count);
  log('counting word frequencies (npm run word-frequencies)');
  const run = await runMeasured(process.execPath, ['--import', 'tsx', 'scripts/word-frequencies.ts'], {
    cwd: root,
    env: { ...process.env, HABARI_SEEDS_DIR: seedsDir },
  });
  if (run.exitCode !== 0) throw new Error(`npm run word-frequencies failed:\n${run.output}`);
  return { seedsDir, wordFrequencySeconds: run.seconds };
}

export interface BuildOptions {
  /** Ignore the build cache and write every file (`npm run build:clean`). */
  clean?: boolean;
  /** Where the build keeps its cache (default: beside the output under node_modules/.cache). */
  cacheDir?: string;
  /** Print the build's output as it comes: its steps, with their time and memory. */
  echo?: boolean;
  /** Kill the build's process group (kill -9) this many seconds after it starts. */
  killAfterSeconds?: number;
}

/** `npm run build` of a seed folder into `outDir`, in its own process under the open-file limit. */
export async function buildMeasured(
  seedsDir: string,
  outDir: string,
  options: BuildOptions = {},
): Promise<MeasuredBuild> {
  const run: TreeRun = await runMeasured(
    'bash',
    [
      '-c',
      `ulimit -n ${OPEN_FILES_LIMIT} && exec "$0" "$@"`,
      process.execPath,
      ...BUILD_ARGS,
      '--logLevel',
      'info',
    ],
    {
      cwd: root,
      echo: options.echo ?? false,
      ...(options.killAfterSeconds === undefined ? {} : { killAfterSeconds: options.killAfterSeconds }),
      env: buildEnv(seedsDir, outDir, {
        ...(options.clean ? { HABARI_CLEAN: '1' } : {}),
        ...(options.cacheDir ? { HABARI_CACHE_DIR: options.cacheDir } : {}),
      }),
    },
  );
  if (run.exitCode !== 0 && !run.killed) throw new Error(`build of ${seedsDir} failed:\n${run.output}`);
  return {
    seconds: run.seconds,
    peakMemoryMB: run.peakMemoryMB,
    killed: run.killed,
    lastStep: [...run.output.matchAll(/^habari: (.+)$/gm)].at(-1)?.[1] ?? null,
    searchSeconds: searchStepSeconds(run.output),
  };
}

/** The search step's time from the build log: its timestamp less the step before it. */
function searchStepSeconds(log: string): number | null {
  const steps = [...log.matchAll(/habari: (.+) \((\d+(?:\.\d+)?) s[;)]/gm)];
  const at = steps.findIndex((step) => step[1]?.startsWith('search: '));
  if (at < 1) return null;
  return Number(steps[at]?.[2]) - Number(steps[at - 1]?.[2]);
}

/** Files and bytes under a folder (the trailing `/` follows a site's link to its copy). */
export function folderSize(folder: string): { files: number; bytes: number } {
  const inside = `${folder}/`;
  const result = spawnSync('du', ['-s', '--apparent-size', '--block-size=1', inside], { encoding: 'utf8' });
  const bytes = Number(result.stdout.split('\t')[0]);
  const count = spawnSync('bash', ['-c', 'find "$0" -type f | wc -l', inside], { encoding: 'utf8' });
  return { files: Number(count.stdout.trim()), bytes };
}

/** Whether two folders hold the same files with the same bytes; the first differences if not. */
export function sameFolders(a: string, b: string): { same: boolean; differences: string } {
  const result = spawnSync('diff', ['-rq', a, b], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return {
    same: result.status === 0,
    differences: (result.stdout + result.stderr).split('\n').slice(0, 10).join('\n'),
  };
}

export function removeIfPresent(...folders: string[]): void {
  for (const folder of folders) if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
}

/** A built site's folder (a link) and what a build keeps beside it: its cache and the two copies of the site. */
export function siteFolders(siteDir: string): string[] {
  return [siteDir, `${siteDir}.cache`, copiesFolder(siteDir)];
}

export function seedNames(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/**
 * A day in the newsroom, in miniature: one seed in the middle edited (a sentence added to its first
 * paragraph), one seed at 70% of the archive deleted, and one new article added as the newest. `round` picks
 * different seeds each time.
 */
export function publishOneDay(seedsDir: string, count: number, round: number): string {
  const names = seedNames(seedsDir);
  const edited = names[Math.floor(names.length / 2) + round] as string;
  const editedPath = path.join(seedsDir, edited);
  const blocks = readFileSync(editedPath, 'utf8').split('\n\n');
  blocks[2] = `Aya iliyosahihishwa mara ya ${round + 1}. ${blocks[2] ?? ''}`;
  writeFileSync(editedPath, blocks.join('\n\n'));
  rmSync(path.join(seedsDir, names[Math.floor((names.length * 7) / 10) + round] as string));
  const added = count + round;
  writeFileSync(path.join(seedsDir, syntheticFileName(added, count)), syntheticSeed(added, count).text);
  return edited;
}
