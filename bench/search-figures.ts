// Search on a news-sized archive: what a search costs a reader (bytes cold and warm, time to first results,
// Chromium against nginx), how fast ranking is (Node), and what the index costs the build (time, size, files).
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { SEARCH_DIR } from '../src/search/search-shards.ts';
import { folderSize } from './archive-builds.ts';
import type { ArchiveRun } from './archive-figures.ts';
import { type Figure, figure } from './figures.ts';
import type { PagefindQuery } from './pagefind-figures.ts';
import { searchCost } from './search-cost.ts';
import { searchSpeed } from './search-speed.ts';
import { vocabularyWord } from './synthetic-archive.ts';
import { serveSite } from '../tests/support/site-server.ts';

const KB = 1000;
const log = (line: string) => console.log(`bench: ${line}`);

/** A common word (`serikali`, rank 20 of the vocabulary) and a rare one (rank 30,000: in about 1 article in 1,000). */
export const SEARCHED: ReadonlyArray<PagefindQuery & { budget: number }> = [
  { name: 'rare word', word: vocabularyWord(30_000), budget: 400 * KB },
  { name: 'common word', word: 'serikali', budget: 1000 * KB },
];

export async function searchFigures(
  browser: Browser,
  run: ArchiveRun,
  label: string,
  port: number,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const server = await serveSite(run.siteDir, port, 'nginx');
  try {
    for (const query of SEARCHED) {
      const cost = await searchCost(
        browser,
        `${server.url}/tafuta?q=${encodeURIComponent(query.word)}`,
        true,
      );
      log(
        `search, ${label}, ${query.name} "${query.word}": ${cost.cold.status}; ${cost.cold.bytes} bytes cold, ` +
          `${cost.warm.bytes} warm; first results at ${Math.round(cost.cold.firstResultsMs)} ms`,
      );
      figures.push(
        figure(
          `${label} seeds: search, ${query.name}, bytes (cold)`,
          cost.cold.bytes,
          query.budget,
          'max',
          'bytes',
        ),
        figure(
          `${label} seeds: search, ${query.name}, bytes (warm)`,
          cost.warm.bytes,
          query.budget,
          'max',
          'bytes',
        ),
        figure(
          `${label} seeds: search, ${query.name}, time to first results (cold)`,
          cost.cold.firstResultsMs,
          null,
          'info',
          'ms',
        ),
        figure(
          `${label} seeds: search, ${query.name}, time to first results (warm)`,
          cost.warm.firstResultsMs,
          null,
          'info',
          'ms',
        ),
      );
    }
  } finally {
    await server.stop();
  }
  const speed = await searchSpeed(run.siteDir);
  log(
    `search ranking, ${label}: median ${speed.medianMs.toFixed(2)} ms, slowest ${speed.maxMs.toFixed(2)} ms`,
  );
  const index = folderSize(path.join(run.siteDir, SEARCH_DIR));
  figures.push(
    figure(
      `${label} seeds: search ranking, median of ${speed.queries} queries`,
      speed.medianMs,
      50,
      'max',
      'ms',
    ),
    figure(
      `${label} seeds: search ranking, slowest of ${speed.queries} queries`,
      speed.maxMs,
      50,
      'max',
      'ms',
    ),
    figure(
      `${label} seeds: search index, build time (the build's search step)`,
      run.build.searchSeconds ?? Number.NaN,
      null,
      'info',
      's',
    ),
    figure(`${label} seeds: search index, size on disk`, index.bytes, null, 'info', 'bytes'),
    figure(`${label} seeds: search index, files written`, index.files, null, 'info', 'count'),
  );
  return figures;
}
