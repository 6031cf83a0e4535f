// Runs a `vite build` of a seed folder in its own process, as `npm run build` does, and measures its wall time
// and the peak memory of its whole process tree.
import path from 'node:path';
import { BUILD_ARGS } from '../tests/support/site-server.ts';
import { runMeasured } from './process-tree-memory.ts';

const root = path.resolve(import.meta.dirname, '..');

export interface MeasuredBuild {
  seconds: number;
  peakMemoryMB: number;
}

export interface BuildOptions {
  /** Ignore the build cache and write every file (`npm run build:clean`). */
  clean?: boolean;
  /** Where the build keeps its cache (default: beside the output under node_modules/.cache). */
  cacheDir?: string;
}

export async function buildMeasured(
  seedsDir: string,
  outDir: string,
  options: BuildOptions = {},
): Promise<MeasuredBuild> {
  const run = await runMeasured(process.execPath, [...BUILD_ARGS, '--logLevel', 'warn'], {
    cwd: root,
    env: {
      ...process.env,
      HABARI_SEEDS_DIR: seedsDir,
      HABARI_OUT_DIR: outDir,
      ...(options.clean ? { HABARI_CLEAN: '1' } : {}),
      ...(options.cacheDir ? { HABARI_CACHE_DIR: options.cacheDir } : {}),
    },
  });
  if (run.exitCode !== 0) throw new Error(`build of ${seedsDir} failed:\n${run.output}`);
  return { seconds: run.seconds, peakMemoryMB: run.peakMemoryMB };
}
