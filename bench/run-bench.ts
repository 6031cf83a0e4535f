// `npm run bench`: builds and serves the site, measures it against every budget, writes BENCHMARKS.md and
// bench/results.json, and exits non-zero when a budget is missed.
// `npm run bench -- --quick` (CI): only the cheap figures (script and CSS bytes, prerendered pages), no report file.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { IndexPageJson } from '../src/content/site-json.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { buildSite, serveSite } from '../tests/support/site-server.ts';
import { buildMeasured } from './build-measured.ts';
import { type Figure, figure, formatTable } from './figures.ts';
import { median, startLighthouse, type LighthouseSession } from './lighthouse-runs.ts';
import { pageWeight } from './page-weight.ts';
import { PLAIN_ARTICLE_PATH, writePlainArticle } from './plain-article.ts';
import { postOfPage } from './post-of-page.ts';
import { tenMegabyteParseMs } from './parse-speed.ts';
import { checkPrerendered } from './prerendered-pages.ts';
import { searchSpeed } from './search-speed.ts';
import { writeSyntheticArchive } from './synthetic-archive.ts';

const root = path.resolve(import.meta.dirname, '..');
const outRoot = path.join(root, 'bench/out');
const quick = process.argv.includes('--quick');
// `--lcp`: only the LCP comparison, for looking at its spread; writes no report.
const lcpOnly = process.argv.includes('--lcp');
const KB = 1000;
const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';
const ARTICLE_SEED = '000_7feea9ddb087cc41.txt';
const HEADLINE_ONLY = '/habari/putin-asaini-mkataba-wa-kituo-cha-mwezi-na-china';
const PAGES: Array<[string, string]> = [
  ['/', '/'],
  ['article', ARTICLE],
  ['headline-only post', HEADLINE_ONLY],
  ['search page', '/tafuta?q=korea'],
  ['not-found page', '/hakuna-ukurasa-huu'],
  ['offline page', '/offline'],
];

const log = (line: string) => console.log(`bench: ${line}`);

async function main(): Promise<void> {
  rmSync(outRoot, { recursive: true, force: true });
  mkdirSync(outRoot, { recursive: true });
  const siteDir = path.join(outRoot, 'site');
  log('building the site');
  buildSite(siteDir);
  const figures: Figure[] = [];

  const server = await serveSite(siteDir, 4411);
  if (lcpOnly) {
    const lighthouse = await startLighthouse();
    console.log(
      formatTable(await lcpFigures(lighthouse, server.url, siteDir).finally(() => lighthouse.close())),
    );
    await server.stop();
    return;
  }
  figures.push(...checkPrerendered(siteDir, ARTICLE, path.join(root, 'seeds', ARTICLE_SEED), HEADLINE_ONLY));
  const browser = await launchChromium();
  try {
    figures.push(...(await weighPages(browser, server.url)));
    if (!quick) {
      figures.push(...(await lighthouseFigures(server.url, siteDir)));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  if (!quick) {
    const parseMs = tenMegabyteParseMs();
    log(`10 MB seed parsed in ${Math.round(parseMs)} ms`);
    figures.push(figure('Parse a 10 MB seed (median of 5)', parseMs, 1000, 'max', 'ms'));
    figures.push(...(await scaleFigures()));
  }

  console.log(`\n${formatTable(figures)}\n`);
  const failed = figures.filter((entry) => !entry.pass);
  if (!quick) writeReport(figures);
  if (failed.length > 0) {
    console.error(
      `bench: ${failed.length} budget(s) missed: ${failed.map((entry) => entry.figure).join('; ')}`,
    );
    process.exitCode = 1;
  } else {
    log(`all ${figures.length} figures within budget`);
  }
}

async function weighPages(browser: Browser, site: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [name, pagePath] of PAGES) {
    log(`weighing ${name}`);
    const weight = await pageWeight(browser, `${site}${pagePath}`);
    figures.push(
      figure(`Initial JavaScript, ${name} (gzip -9)`, weight.scriptGzipBytes, 100 * KB, 'max', 'bytes'),
      figure(`CSS, ${name} (gzip -9)`, weight.cssGzipBytes, 15 * KB, 'max', 'bytes'),
    );
  }
  return figures;
}

async function lighthouseFigures(site: string, siteDir: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const lighthouse = await startLighthouse();
  try {
    for (const [name, pagePath] of PAGES.slice(0, 2)) {
      const runs = [];
      for (let run = 1; run <= 3; run++) {
        log(`Lighthouse ${name}, run ${run} of 3`);
        runs.push(await lighthouse.run(`${site}${pagePath}`));
      }
      for (const [category, budget] of [
        ['performance', 98],
        ['accessibility', 100],
        ['best-practices', 100],
        ['seo', 100],
      ] as const) {
        figures.push(
          figure(
            `Lighthouse ${category}, ${name} (mobile, median of 3)`,
            median(runs.map((run) => run.scores[category])),
            budget,
            'min',
            'score',
          ),
        );
      }
      const failing = [...new Set(runs.flatMap((run) => run.failedAudits))];
      if (failing.length > 0) log(`${name}: audits not passed in some run: ${failing.join(', ')}`);
    }

    figures.push(...(await lcpFigures(lighthouse, site, siteDir)));
  } finally {
    await lighthouse.close();
  }
  return figures;
}

async function lcpFigures(lighthouse: LighthouseSession, site: string, siteDir: string): Promise<Figure[]> {
  writePlainArticle(siteDir, postOfPage(siteDir, ARTICLE));
  const article = `${site}${ARTICLE}`;
  const plainPage = `${site}${PLAIN_ARTICLE_PATH}`;
  // One discarded pair first (a cold server and browser favour whichever page goes second), then 3 rounds
  // alternating the two pages, the order flipped each round so neither always runs first.
  await lighthouse.run(article, 'devtools');
  await lighthouse.run(plainPage, 'devtools');
  const ours: number[] = [];
  const plain: number[] = [];
  for (let run = 1; run <= 3; run++) {
    log(`LCP, devtools throttling, run ${run} of 3`);
    for (const url of run % 2 === 1 ? [article, plainPage] : [plainPage, article]) {
      (url === article ? ours : plain).push((await lighthouse.run(url, 'devtools')).lcpMs);
    }
  }
  log(
    `article LCP runs ${ours.map(Math.round).join(', ')} ms; plain page ${plain.map(Math.round).join(', ')} ms`,
  );
  return [
    figure('Article LCP, devtools throttling (median of 3)', median(ours), null, 'info', 'ms'),
    figure('Plain HTML article LCP, same server (median of 3)', median(plain), null, 'info', 'ms'),
    figure('Article LCP ÷ plain HTML LCP', median(ours) / median(plain), 1.15, 'max', 'ratio'),
  ];
}

async function scaleFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const results: Array<{ count: number; seconds: number; peakMemoryMB: number }> = [];
  for (const count of [100, 1000, 10000]) {
    const seedsDir = path.join(outRoot, `seeds-${count}`);
    const siteDir = path.join(outRoot, `site-${count}`);
    log(`writing ${count} synthetic seeds`);
    await writeSyntheticArchive(seedsDir, count);
    // Small builds are short, so noise would swamp their difference: the median of 3 runs each.
    const runs = count === 10000 ? 1 : 3;
    const builds = [];
    for (let run = 1; run <= runs; run++) {
      log(`building ${count} articles${runs > 1 ? `, run ${run} of ${runs}` : ''}`);
      builds.push(await buildMeasured(seedsDir, siteDir, { clean: true }));
    }
    const build = {
      seconds: median(builds.map((entry) => entry.seconds)),
      peakMemoryMB: median(builds.map((entry) => entry.peakMemoryMB)),
    };
    log(`${count} articles: ${build.seconds.toFixed(1)} s, ${Math.round(build.peakMemoryMB)} MB`);
    results.push({ count, ...build });
    const big = count === 10000;
    figures.push(
      figure(`Full build, ${count} seeds: time`, build.seconds, big ? 30 : null, big ? 'max' : 'info', 's'),
      figure(
        `Full build, ${count} seeds: peak memory`,
        build.peakMemoryMB,
        big ? 1024 : null,
        big ? 'max' : 'info',
        'MB',
      ),
    );
    if (big) figures.push(...(await bigSiteFigures(siteDir)), ...(await searchFigures(siteDir)));
    if (!big) rmSync(siteDir, { recursive: true, force: true });
  }
  // Linear growth: the cost of each article added from 1,000 to 10,000 is no more than twice its cost
  // from 100 to 1,000 (the fixed cost of starting Vite is not an article's).
  const [small, middle, large] = results;
  if (small && middle && large) {
    const perArticle = (a: typeof small, b: typeof small, key: 'seconds' | 'peakMemoryMB') =>
      (b[key] - a[key]) / (b.count - a.count);
    const timeGrowth = perArticle(middle, large, 'seconds') / perArticle(small, middle, 'seconds');
    figures.push(
      figure('Build time per added article, 1k→10k ÷ 100→1k', timeGrowth, 2, 'max', 'ratio'),
      figure(
        'Build memory per added article, 1k→10k (MB)',
        perArticle(middle, large, 'peakMemoryMB'),
        null,
        'info',
        'MB',
      ),
    );
  }
  return figures;
}

async function bigSiteFigures(siteDir: string): Promise<Figure[]> {
  const server = await serveSite(siteDir, 4412);
  const browser = await launchChromium();
  try {
    log('weighing / of the 10,000-article site');
    const home = await pageWeight(browser, `${server.url}/`);
    let listed = 0;
    let missing = 0;
    const slugs: string[] = [];
    for (let page = 1; existsSync(path.join(siteDir, `data/pages/${page}.json`)); page++) {
      const index = JSON.parse(
        readFileSync(path.join(siteDir, `data/pages/${page}.json`), 'utf8'),
      ) as IndexPageJson;
      for (const post of index.posts) {
        listed++;
        slugs.push(post.slug);
        if (!existsSync(path.join(siteDir, `habari/${post.slug}.html`))) missing++;
      }
      if (!existsSync(path.join(siteDir, `ukurasa/${page}.html`))) missing++;
    }
    let opened = 0;
    for (const slug of [slugs[0], slugs[Math.floor(slugs.length / 2)], slugs.at(-1)]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const response = await page.goto(`${server.url}/habari/${slug}`);
      const heading = await page.getByRole('heading', { level: 1 }).innerText();
      if (response?.status() === 200 && heading.length > 0) opened++;
      await context.close();
    }
    return [
      figure('10,000 seeds: DOM elements on /', home.domElements, 2000, 'max', 'count'),
      figure(
        '10,000 seeds: bytes fetched by / (all requests, as sent)',
        home.transferredBytes,
        300 * KB,
        'max',
        'bytes',
      ),
      figure('10,000 seeds: articles listed with a page written', listed - missing, 10000, 'min', 'count'),
      figure('10,000 seeds: sample article pages that open (first, middle, last)', opened, 3, 'min', 'count'),
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function searchFigures(siteDir: string): Promise<Figure[]> {
  const speed = await searchSpeed(siteDir);
  log(
    `search, 10,000 articles: median ${speed.medianMs.toFixed(2)} ms, slowest ${speed.maxMs.toFixed(2)} ms`,
  );
  return [
    figure(`10,000 seeds: search, median of ${speed.queries} queries`, speed.medianMs, 50, 'max', 'ms'),
    figure(`10,000 seeds: search, slowest of ${speed.queries} queries`, speed.maxMs, 50, 'max', 'ms'),
  ];
}

function writeReport(figures: Figure[]): void {
  const when = new Date().toISOString().slice(0, 10);
  writeFileSync(
    path.join(root, 'bench/results.json'),
    `${JSON.stringify({ date: when, node: process.version, figures }, null, 2)}\n`,
  );
  const markdown = `# Benchmarks

Written by \`npm run bench\` on ${when} (Node ${process.version}, this project's 2-core machine).
Every figure below is what that run measured; the command exits non-zero when a budget is missed.
Machine-readable: [\`bench/results.json\`](bench/results.json).

${formatTable(figures)}

How each figure is measured:

- **Initial JavaScript / CSS**: the page is loaded in Debian's Chromium (playwright-core) until the network is
  idle, then 2 s more; every script response is gzipped at level 9 and summed; CSS is the inlined \`<style>\`
  plus any stylesheet, gzipped the same way.
- **Lighthouse**: Lighthouse 12.2.3, mobile preset, default simulated throttling, against \`vite preview\`,
  median of 3 runs per page.
- **LCP ratio**: Lighthouse with \`throttlingMethod: 'devtools'\`, the article page and a plain static HTML page of
  the same article (written by the benchmark into the served folder): one discarded pair, then 3 runs each,
  alternating (the order flipped each round); ratio of medians.
- **Search**: the 10,000-article site's search index read from the build, then 10 queries (common words, several
  words, prefixes, English, a rare word) run 5 times each after a warm-up, in Node (the same code the browser runs).
- **Parse**: a 10 MB seed parsed 5 times; the median.
- **Scale**: synthetic seeds (3–8 paragraphs, popular posts naming other synthetic articles) written to a temporary
  folder; a full \`vite build\` in its own process; wall time, and peak resident memory read from the process itself.
`;
  writeFileSync(path.join(root, 'BENCHMARKS.md'), markdown);
  log('wrote BENCHMARKS.md and bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
