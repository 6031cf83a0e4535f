// Pagefind on the same archive, for the comparison in decision 011: its index built from the site's article
// pages (time and memory of its whole process tree, size and files written), and what a search costs a reader
// in Chromium with Pagefind's own JavaScript API showing the first 10 results, as our search page does.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { folderSize } from './archive-builds.ts';
import { type Figure, figure } from './figures.ts';
import { runMeasured } from './process-tree-memory.ts';
import { searchCost } from './search-cost.ts';
import { staticServer } from './static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(`bench: ${line}`);

// The results page a Pagefind site would have: the query from ?q=, the first 10 results' titles and excerpts.
const SEARCH_PAGE = `<!doctype html>
<html lang="sw"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><main><p id="count"></p><ol id="results"></ol></main>
<script type="module">
const query = new URLSearchParams(location.search).get('q') ?? '';
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(query);
const shown = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
const list = document.getElementById('results');
for (const data of shown) {
  const item = document.createElement('li');
  const title = document.createElement('h2');
  title.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.innerHTML = data.excerpt;
  item.append(title, excerpt);
  list.append(item);
}
const count = document.getElementById('count');
count.className = 'search-page__count';
count.textContent = search.results.length + ' results';
</script></body></html>
`;

export interface PagefindQuery {
  name: string;
  word: string;
}

export async function pagefindFigures(
  browser: Browser,
  siteDir: string,
  label: string,
  queries: readonly PagefindQuery[],
): Promise<Figure[]> {
  const indexDir = `${siteDir}.pagefind`;
  rmSync(indexDir, { recursive: true, force: true });
  const bin = path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
  log(`Pagefind: indexing the article pages of the ${label}-article site`);
  const run = await runMeasured(
    process.execPath,
    [
      bin,
      '--site',
      path.resolve(siteDir),
      '--glob',
      'habari/**/*.html',
      '--output-path',
      path.resolve(indexDir),
    ],
    { cwd: root, env: process.env },
  );
  const completed = figure(
    `${label} seeds: Pagefind index completed (1 = yes)`,
    run.exitCode === 0 ? 1 : 0,
    null,
    'info',
    'count',
  );
  if (run.exitCode !== 0) {
    // Pagefind holds its whole index in memory: on a large archive the system runs out and kills it.
    log(
      `Pagefind, ${label}: failed after ${run.seconds.toFixed(1)} s at ${Math.round(run.peakMemoryMB)} MB:\n${run.output.slice(-1500)}`,
    );
    rmSync(indexDir, { recursive: true, force: true });
    return [
      completed,
      figure(`${label} seeds: Pagefind index, time until it failed`, run.seconds, null, 'info', 's'),
      figure(
        `${label} seeds: Pagefind index, peak memory until it failed`,
        run.peakMemoryMB,
        null,
        'info',
        'MB',
      ),
    ];
  }
  const size = folderSize(indexDir);
  log(
    `Pagefind, ${label}: ${run.seconds.toFixed(1)} s, ${Math.round(run.peakMemoryMB)} MB, ${size.files} files`,
  );
  writeFileSync(path.join(indexDir, 'search.html'), SEARCH_PAGE);
  const server = await staticServer({ '/pagefind/': indexDir, '/': siteDir });
  const figures = [
    completed,
    figure(`${label} seeds: Pagefind index, build time`, run.seconds, null, 'info', 's'),
    figure(`${label} seeds: Pagefind index, peak memory`, run.peakMemoryMB, null, 'info', 'MB'),
    figure(`${label} seeds: Pagefind index, size on disk`, size.bytes, null, 'info', 'bytes'),
    figure(`${label} seeds: Pagefind index, files written`, size.files, null, 'info', 'count'),
  ];
  try {
    for (const query of queries) {
      const cost = await searchCost(
        browser,
        `${server.url}/pagefind/search?q=${encodeURIComponent(query.word)}`,
        false,
      );
      log(
        `Pagefind, ${label}, ${query.name} "${query.word}": ${cost.cold.status}, ${cost.cold.bytes} bytes cold`,
      );
      figures.push(
        figure(
          `${label} seeds: Pagefind, ${query.name}, bytes (cold)`,
          cost.cold.bytes,
          null,
          'info',
          'bytes',
        ),
        figure(
          `${label} seeds: Pagefind, ${query.name}, time to first results (cold)`,
          cost.cold.firstResultsMs,
          null,
          'info',
          'ms',
        ),
      );
    }
  } finally {
    await server.stop();
    rmSync(indexDir, { recursive: true, force: true });
  }
  return figures;
}
