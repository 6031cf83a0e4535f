// Runs a full `vite build` of a seed folder in its own process and measures its wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export interface MeasuredBuild {
  seconds: number;
  peakMemoryMB: number;
}

export function buildMeasured(seedsDir: string, outDir: string): MeasuredBuild {
  const scratch = mkdtempSync(path.join(tmpdir(), 'habari-rss-'));
  const rssFile = path.join(scratch, 'max-rss');
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      path.join(root, 'bench/max-rss-reporter.mjs'),
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        HABARI_SEEDS_DIR: seedsDir,
        HABARI_OUT_DIR: outDir,
        HABARI_MAX_RSS_FILE: rssFile,
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`build of ${seedsDir} failed:\n${result.stdout}\n${result.stderr}`);
  const peakMemoryMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(scratch, { recursive: true, force: true });
  return { seconds, peakMemoryMB };
}
