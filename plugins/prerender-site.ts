// Renders every page of the site to static HTML with the app's own server bundle. The work is shared
// between worker threads, one per core, each with a bounded heap: twice as fast on this 2-core machine,
// and a 10,000-page build never balloons the build process's memory.
import { availableParallelism } from 'node:os';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PrerenderJob, PrerenderReport } from '../src/prerender/prerender-pages.ts';
import { headersFile, securityHeaders, styleHash } from '../src/prerender/security-headers.ts';
import { viewPreloads, type BuildManifest } from './view-preloads.ts';

interface PrerenderOptions {
  clientDir: string;
  /** Folder of the server bundle, which holds `prerender-worker.js`. */
  serverDir: string;
  siteUrl: string;
}

export type { PrerenderReport };

/** Old-generation heap per worker: far more than one page needs, far less than the machine has. */
const WORKER_HEAP_MB = 64;

export async function prerenderSite({
  clientDir,
  serverDir,
  siteUrl,
}: PrerenderOptions): Promise<PrerenderReport> {
  const template = await readFile(path.join(clientDir, 'index.html'), 'utf8');
  const cssLink = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(template);
  const css = cssLink?.[1] ? (await readFile(path.join(clientDir, cssLink[1]), 'utf8')).trim() : '';
  if (cssLink?.[1]) await rm(path.join(clientDir, cssLink[1]));
  const manifestDir = path.join(clientDir, '.vite');
  const manifest = JSON.parse(
    await readFile(path.join(manifestDir, 'manifest.json'), 'utf8'),
  ) as BuildManifest;
  await rm(manifestDir, { recursive: true });
  const preloads = viewPreloads(manifest);
  await writeFile(path.join(clientDir, '_headers'), headersFile(securityHeaders([styleHash(css)])));

  const workers = Math.max(1, Math.min(availableParallelism(), 4));
  const reports = await Promise.all(
    Array.from({ length: workers }, (_, share) =>
      runWorker(path.join(serverDir, 'prerender-worker.js'), {
        clientDir,
        template,
        css,
        cssLinkTag: cssLink?.[0] ?? null,
        preloads,
        siteUrl,
        share,
        of: workers,
      }),
    ),
  );
  return reports.reduce((total, report) => ({
    files: [...total.files, ...report.files],
    articles: total.articles + report.articles,
    headlineOnly: total.headlineOnly + report.headlineOnly,
    listed: total.listed + report.listed,
  }));
}

function runWorker(script: string, job: PrerenderJob): Promise<PrerenderReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
    });
    let report: PrerenderReport | null = null;
    worker.once('message', (message: PrerenderReport) => (report = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (report && code === 0) resolve(report);
      else
        reject(
          new Error(
            `prerender worker ${job.share + 1} of ${job.of} stopped (exit code ${code}) before finishing`,
          ),
        );
    });
  });
}
