// `npm run bench`: builds and serves the site, measures it against every budget, writes BENCHMARKS.md and
// bench/results.json, and exits non-zero when a budget is missed.
// `npm run bench -- --quick` (CI): only the cheap figures (script and CSS bytes, prerendered pages), no report file.
// `npx tsx bench/run-bench.ts --report`: BENCHMARKS.md written again from bench/results.json (the text changed).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { IndexPageJson } from '../src/content/site-json.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { buildSite, serveSite } from '../tests/support/site-server.ts';
import { removeIfPresent, siteFolders } from './archive-builds.ts';
import { cleanArchiveBuild, dailyRebuildFigures } from './archive-figures.ts';
import { type Figure, figure, formatTable } from './figures.ts';
import { median, startLighthouse, type LighthouseSession } from './lighthouse-runs.ts';
import { pageWeight } from './page-weight.ts';
import { PLAIN_ARTICLE_PATH, writePlainArticle } from './plain-article.ts';
import { postOfPage } from './post-of-page.ts';
import { tenMegabyteParseMs } from './parse-speed.ts';
import { checkPrerendered } from './prerendered-pages.ts';
import { pagefindFigures } from './pagefind-figures.ts';
import { realNewsFigures } from './real-news-figures.ts';
import { relatedQualityFigures } from './related-quality.ts';
import { SEARCHED, searchFigures } from './search-figures.ts';
import { speedIndex } from './speed-index.ts';
import { syntheticSeed } from './synthetic-archive.ts';

const root = path.resolve(import.meta.dirname, '..');
const outRoot = path.join(root, 'bench/out');
const quick = process.argv.includes('--quick');
// `--lcp`: only the LCP comparison, for looking at its spread; writes no report.
const lcpOnly = process.argv.includes('--lcp');
// `--million`: only the 1,000,000-seed archive (about an hour and 50 GB of disk); writes bench/million.json,
// which the next full run copies into BENCHMARKS.md.
const million = process.argv.includes('--million');
const MILLION_FILE = path.join(root, 'bench/million.json');
const MILLION_HEADING = '## 1,000,000 articles';
const KB = 1000;
const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';
const ARTICLE_SEED = '000_7feea9ddb087cc41.txt';
const HEADLINE_ONLY = '/habari/putin-asaini-mkataba-wa-kituo-cha-mwezi-na-china';
/** A dated article beside the repository's seed, so that the site has every type of page: its day and month. */
const DATED_SEED = '2026-11-28T0930_bench-dated.txt';
const PAGES: Array<[string, string]> = [
  ['/', '/'],
  ['article', ARTICLE],
  ['headline-only post', HEADLINE_ONLY],
  ['search page', '/tafuta?q=korea'],
  ['day page', '/tarehe/2026-11-28'],
  ['month page', '/tarehe/2026-11'],
  ['not-found page', '/hakuna-ukurasa-huu'],
  ['offline page', '/offline'],
];

const log = (line: string) => console.log(`bench: ${line}`);

async function main(): Promise<void> {
  if (process.argv.includes('--report')) return rewriteReport();
  rmSync(outRoot, { recursive: true, force: true });
  mkdirSync(outRoot, { recursive: true });
  if (million) return millionArchive();
  const siteDir = path.join(outRoot, 'site');
  const seedsDir = path.join(outRoot, 'seeds');
  cpSync(path.join(root, 'seeds'), seedsDir, { recursive: true });
  writeFileSync(path.join(seedsDir, DATED_SEED), syntheticSeed(1, 2).text);
  log('building the site');
  buildSite(siteDir, seedsDir);
  const figures: Figure[] = [];
  const indexAtStart = quick ? null : speedIndex();

  // --quick (CI) has a port of its own, so it can run beside a full bench.
  const server = await serveSite(siteDir, quick ? 4421 : 4411, 'nginx');
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
      figures.push(...(await realNewsFigures(browser, outRoot)));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  if (!quick) {
    const parseMs = tenMegabyteParseMs();
    log(`10 MB seed parsed in ${Math.round(parseMs)} ms`);
    figures.push(figure('Parse a 10 MB seed (median of 5)', parseMs, 1000, 'max', 'ms'));
    figures.push(...(await archiveFigures()));
    // Beside the timings: the machine's speed before and after them (../shared/calibrate.mjs).
    for (const [when, index] of [
      ['start', indexAtStart],
      ['end', speedIndex()],
    ] as const) {
      if (index !== null)
        figures.push(
          figure(
            `Machine speed index at the ${when} (calibrate.mjs, higher is faster)`,
            index,
            null,
            'info',
            'ratio',
          ),
        );
    }
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

/** The page types Lighthouse measures: each must keep the main thread free (TBT ≤ 100 ms, performance ≥ 99). */
/** Search results and the not-found page ask search engines not to index them (noindex), so Lighthouse's SEO
 * score marks them down on purpose: there it is recorded, not budgeted. Lighthouse refuses to audit a page
 * answered with status 404, so the not-found page is measured as the server's own /404.html. */
const LIGHTHOUSE_PAGES: Array<{ name: string; path: string; noindex?: boolean }> = [
  { name: '/', path: '/' },
  { name: 'article', path: ARTICLE },
  { name: 'headline-only post', path: HEADLINE_ONLY },
  { name: 'search results', path: '/tafuta?q=urusi', noindex: true },
  { name: 'not-found page', path: '/404.html', noindex: true },
];
const LIGHTHOUSE_RUNS = 5;

async function lighthouseFigures(site: string, siteDir: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const lighthouse = await startLighthouse();
  const of = `mobile, median of ${LIGHTHOUSE_RUNS}`;
  try {
    for (const { name, path: pagePath, noindex } of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
        log(`Lighthouse ${name}, run ${run} of ${LIGHTHOUSE_RUNS}`);
        runs.push(await lighthouse.run(`${site}${pagePath}`));
      }
      log(
        `${name}: performance ${runs.map((run) => run.scores.performance).join(', ')}; ` +
          `TBT ${runs.map((run) => Math.round(run.tbtMs)).join(', ')} ms; ` +
          `longest task ${runs.map((run) => Math.round(run.longestTaskMs)).join(', ')} ms`,
      );
      for (const [category, budget] of [
        ['performance', 99],
        ['accessibility', 100],
        ['best-practices', 100],
        ['seo', 100],
      ] as const) {
        const recordedOnly = noindex === true && category === 'seo';
        figures.push(
          figure(
            `Lighthouse ${category}, ${name} (${of})${recordedOnly ? ', noindex on purpose' : ''}`,
            median(runs.map((run) => run.scores[category])),
            recordedOnly ? null : budget,
            recordedOnly ? 'info' : 'min',
            'score',
          ),
        );
      }
      figures.push(
        figure(
          `Total Blocking Time, ${name} (${of})`,
          median(runs.map((run) => run.tbtMs)),
          100,
          'max',
          'ms',
        ),
        figure(
          `Longest main-thread task, ${name} (${of})`,
          median(runs.map((run) => run.longestTaskMs)),
          null,
          'info',
          'ms',
        ),
      );
      const failing = [...new Set(runs.flatMap((run) => run.failedAudits))];
      if (failing.length > 0) log(`${name}: audits not passed in some run: ${failing.join(', ')}`);
    }

    figures.push(...(await lcpFigures(lighthouse, site, siteDir)));
  } finally {
    await lighthouse.close();
  }
  return figures;
}

const LCP_ROUNDS = 5;

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
  for (let run = 1; run <= LCP_ROUNDS; run++) {
    log(`LCP, devtools throttling, run ${run} of ${LCP_ROUNDS}`);
    for (const url of run % 2 === 1 ? [article, plainPage] : [plainPage, article]) {
      (url === article ? ours : plain).push((await lighthouse.run(url, 'devtools')).lcpMs);
    }
  }
  log(
    `article LCP runs ${ours.map(Math.round).join(', ')} ms; plain page ${plain.map(Math.round).join(', ')} ms`,
  );
  return [
    figure(`Article LCP, devtools throttling (median of ${LCP_ROUNDS})`, median(ours), null, 'info', 'ms'),
    figure(
      `Plain HTML article LCP, same server (median of ${LCP_ROUNDS})`,
      median(plain),
      null,
      'info',
      'ms',
    ),
    figure('Article LCP ÷ plain HTML LCP', median(ours) / median(plain), 1.15, 'max', 'ratio'),
  ];
}

async function archiveFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const browser = await launchChromium();
  try {
    const tenThousand = await cleanArchiveBuild(outRoot, 10_000, {
      seconds: 30,
      memoryMB: 1024,
      incrementalSeconds: null,
    });
    figures.push(...tenThousand.figures);
    log('related articles of 10,000 seeds: today against the baseline');
    figures.push(...relatedQualityFigures(tenThousand.seedsDir, 10_000, '10,000'));
    figures.push(...(await bigSiteFigures(tenThousand.siteDir)));
    figures.push(...(await searchFigures(browser, tenThousand, '10,000', 4413)));
    figures.push(...(await pagefindFigures(browser, tenThousand.siteDir, '10,000', SEARCHED)));
    removeIfPresent(...siteFolders(tenThousand.siteDir), tenThousand.seedsDir);

    const hundredThousand = await cleanArchiveBuild(outRoot, 100_000, {
      seconds: 180,
      memoryMB: 1536,
      incrementalSeconds: 15,
    });
    figures.push(...hundredThousand.figures);
    figures.push(...(await searchFigures(browser, hundredThousand, '100,000', 4414)));
    // Pagefind is not run at 100,000: it holds its whole index in memory, and on this 24 GB machine the kernel
    // killed it at 22.6 GB, taking the machine down with it (decision 011).
    figures.push(...(await dailyRebuildFigures(hundredThousand, 100_000, 3, 15, true, 3)));
    removeIfPresent(...siteFolders(hundredThousand.siteDir), hundredThousand.seedsDir);
  } finally {
    await browser.close();
  }
  return figures;
}

async function bigSiteFigures(siteDir: string): Promise<Figure[]> {
  const server = await serveSite(siteDir, 4412, 'nginx');
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

async function millionArchive(): Promise<void> {
  const count = 1_000_000;
  // `--seeds DIR`: an archive of a million seeds this bench wrote before (it takes ten minutes to write).
  const given = process.argv.includes('--seeds')
    ? path.resolve(process.argv[process.argv.indexOf('--seeds') + 1] ?? '')
    : undefined;
  const run = await cleanArchiveBuild(
    outRoot,
    count,
    { seconds: 30 * 60, memoryMB: 3 * 1024, incrementalSeconds: null },
    given,
  );
  const figures = [...run.figures, ...(await dailyRebuildFigures(run, count, 1, null, false))];
  console.log(`\n${formatTable(figures)}\n`);
  const command = `npm run bench -- --million${given ? ' --seeds DIR' : ''}`;
  writeFileSync(
    MILLION_FILE,
    `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), node: process.version, command, figures }, null, 2)}\n`,
  );
  log(`wrote ${path.relative(root, MILLION_FILE)}`);
  replaceMillionSection();
  // Written down first: removing 3 million files takes minutes, and figures must not wait on it.
  removeIfPresent(...siteFolders(run.siteDir), ...(given ? [] : [run.seedsDir]));
  if (figures.some((entry) => !entry.pass)) process.exitCode = 1;
}

/** BENCHMARKS.md's section on a million articles, rewritten from bench/million.json; the rest unchanged. */
function replaceMillionSection(): void {
  const report = path.join(root, 'BENCHMARKS.md');
  if (!existsSync(report)) return;
  const text = readFileSync(report, 'utf8');
  const start = text.indexOf(MILLION_HEADING);
  const end = text.indexOf('\n## ', start + MILLION_HEADING.length);
  if (start < 0 || end < 0) return;
  writeFileSync(
    report,
    `${text.slice(0, start)}${MILLION_HEADING}\n\n${millionSection()}\n${text.slice(end)}`,
  );
  log('wrote its section of BENCHMARKS.md');
}

interface MillionRun {
  date: string;
  node: string;
  command: string;
  figures: Figure[];
}

function millionSection(): string {
  if (!existsSync(MILLION_FILE)) {
    return (
      'No complete run yet: `npm run bench -- --million` writes `bench/million.json`, and the next run copies it ' +
      'here. The one attempt so far, what it showed and why it was stopped, is in ' +
      '[decision 010](docs/decisions/010-ten-million-articles.md).'
    );
  }
  const run = JSON.parse(readFileSync(MILLION_FILE, 'utf8')) as MillionRun;
  return `Measured once with \`${run.command}\` on ${run.date} (Node ${run.node}; about an hour and 50 GB of
disk; [\`bench/million.json\`](bench/million.json)). Targets: ≤ 30 min and ≤ 3 GB.

${formatTable(run.figures)}`;
}

function writeReport(figures: Figure[]): void {
  const when = new Date().toISOString().slice(0, 10);
  writeFileSync(
    path.join(root, 'bench/results.json'),
    `${JSON.stringify({ date: when, node: process.version, figures }, null, 2)}\n`,
  );
  writeMarkdown(when, process.version, figures);
}

/** `--report`: BENCHMARKS.md written again from bench/results.json, the last run's figures (after the text changed). */
function rewriteReport(): void {
  const run = JSON.parse(readFileSync(path.join(root, 'bench/results.json'), 'utf8')) as {
    date: string;
    node: string;
    figures: Figure[];
  };
  writeMarkdown(run.date, run.node, run.figures);
}

function writeMarkdown(when: string, node: string, figures: readonly Figure[]): void {
  const markdown = `# Benchmarks

Written by \`npm run bench\` on ${when} (Node ${node}, this project's 2-core machine).
Every figure below is what that run measured; the command exits non-zero when a budget is missed.
Machine-readable: [\`bench/results.json\`](bench/results.json).

${formatTable(figures)}

${MILLION_HEADING}

${millionSection()}

## How each figure is measured

- **Server**: every page is served by nginx with the site's own configuration (\`npm run serve:nginx\`):
  Brotli precompressed (and gzip for the scripts and the web app manifest), the cache rules of \`src/hosting/hosting-rules.ts\`.
- **Initial JavaScript / CSS**: the page is loaded in Debian's Chromium (playwright-core) until the network is
  idle, then 2 s more; every script response is gzipped at level 9 and summed; CSS is the inlined \`<style>\`
  plus any stylesheet, gzipped the same way.
- **Lighthouse**: Lighthouse 12.2.3, mobile preset (simulated throttling, 4× CPU slowdown), ${LIGHTHOUSE_RUNS} runs per page
  type, medians. Total Blocking Time and the longest main-thread task (Lighthouse's \`long-tasks\` audit) per page.
- **LCP ratio**: Lighthouse with \`throttlingMethod: 'devtools'\`, the article page and a plain static HTML page of
  the same article (written by the benchmark into the served folder): one discarded pair, then ${LCP_ROUNDS} runs each,
  alternating (the order flipped each round); ratio of medians.
- **Parse**: a 10 MB seed parsed 5 times; the median.
- **Archives** (10,000 and 100,000 seeds): news-sized synthetic seeds (250–700 words, a 40,000-word vocabulary
  with Zipf frequencies, topics of about 40 articles, popular posts naming older articles and a few headlines that
  are not in the archive; \`bench/synthetic-archive.ts\`), their word-frequency table made by
  \`npm run word-frequencies\`, then \`npm run build\` in its own process under \`ulimit -n 256\`; wall time, and the
  peak of the summed resident memory of the whole process tree (workers and children), sampled every 100 ms.
- **Rebuild**: one seed edited, the article at 70% of the archive deleted and a newest one added, then
  \`npm run build\` with the cache of the build before; median of 3 such days. Before each, \`sync\` (not timed):
  a day's rebuild starts long after the disk wrote out the build before it, not while it still writes a clean
  build of gigabytes. After the third, a clean build of the same seeds into another folder, compared file by file
  (\`diff -r\`).
- **Killed rebuilds**: three more days whose \`npm run build\` is killed (\`kill -9\` of its process group) at 20%,
  55% and 90% of an ordinary rebuild's time, each followed by an ordinary build, timed (median); the site after
  them is the one compared with a clean build.
- **Archive by date**: the synthetic seeds are named with dates and times from 2017-12-01 on, at least 30 a day
  between 06:00 and 22:00 (\`bench/synthetic-archive.ts\`); day and month pages counted in the clean build's
  \`tarehe/\`.
- **Real news** (526 BBC Swahili articles of \`../shared/real-news/\`, made into seeds by its \`make-seeds.py\`;
  left out with a message where it is absent): related articles as the build lists them, with the table a
  newcomer's build counts and after \`npm run word-frequencies\`, judged by the annotators' categories
  (precision at 4: listed articles of the article's category; coverage: articles with four), beside
  scikit-learn's \`TfidfVectorizer(sublinear_tf=True, min_df=2)\` cosine written in TypeScript
  (\`bench/tfidf-cosine.ts\`). Search: mean reciprocal rank (first 20 results) of the article each query is
  after (\`bench/search-queries.ts\`: the two rarest shared headline words; a headline word in its other number;
  a headline verb in another tense or person), ranked by the search page's own code and by Pagefind on the
  same built site.
- **Speed index**: \`node ../shared/calibrate.mjs\` before and after the run (1.00 = the reference machine; higher
  is faster), where the machine has it.
- **Related articles**: the lists of the 10,000-seed archive against each article's topic (precision: listed
  articles of the same topic; coverage: articles with any list), today's measure and the TF-IDF measure the
  site used before the archive work (\`bench/related-baseline.ts\`).
- **Search cost**: \`/tafuta?q=WORD\` opened in a fresh Chromium context (cold), then again in the same context
  (warm: HTTP cache and service worker); every byte on the wire (compressed bodies and headers) of every request
  of the browser context, the service worker's included (on the cold visit, its precache of the app's shell),
  until the network is idle and the worker is active; time to first results from navigation start to the frame the result count appears in. No
  throttling. The rare word is the vocabulary's word of rank 30,000.
- **Search ranking**: the shards 8 queries need (common words, several words, prefixes, English, a rare word)
  read from the built site, then each query ranked 5 times after a warm-up, in Node (the code the browser runs).
- **Search index**: the build's search step (merging the postings the workers collected while reading seeds into
  shards) from its own log; size and files of \`data/search/\`.
- **Pagefind** (1.x, npm \`pagefind\`): indexing the article pages of the same built site
  (\`--glob 'habari/**/*.html'\`) in its own process tree; the search measured as ours, on a page that shows the
  first 10 results with Pagefind's JavaScript API, served gzipped by a plain Node server (Pagefind needs
  \`'wasm-unsafe-eval'\`, which the site's CSP refuses).
`;
  writeFileSync(path.join(root, 'BENCHMARKS.md'), markdown);
  log('wrote BENCHMARKS.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
