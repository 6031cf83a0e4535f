// Quality on real Swahili news (bench/real-news-seeds.ts), beside plain, well-known baselines measured in the same
// run: related articles against each article's category (precision at 4 and coverage), with the word table a
// newcomer's build counts itself and with one made by `npm run word-frequencies`, next to a TF-IDF cosine
// (bench/tfidf-cosine.ts); search by the mean reciprocal rank of the article a query is after, next to Pagefind
// on the same site (bench/search-queries.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { SiteOutputs } from '../plugins/output-plan.ts';
import { relatedStage } from '../plugins/related-stage.ts';
import type { IndexPageJson } from '../src/content/site-json.ts';
import { rankArticles } from '../src/search/search-index.ts';
import {
  decodeShard,
  SEARCH_MANIFEST,
  shardFile,
  shardsFor,
  type SearchManifestJson,
  type ShardWord,
} from '../src/search/search-shards.ts';
import { readSeedFolder } from '../src/seeds/read-seed-folder.ts';
import { DEFAULT_TIME_ZONE } from '../src/seeds/seed-date.ts';
import { siteModel } from '../src/site/site-model.ts';
import { buildSite } from '../tests/support/site-server.ts';
import { type Figure, figure } from './figures.ts';
import { realNewsMissing, writeRealNewsSeeds, type RealNews } from './real-news-seeds.ts';
import { meanReciprocalRank, searchQueries, type KnownQuery } from './search-queries.ts';
import { staticServer } from './static-server.ts';
import { nearestByCosine } from './tfidf-cosine.ts';

const root = path.resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(`bench: ${line}`);
const SHOWN = 4;
/** Results a reader looks through: a rank past this counts as not found, for both engines alike. */
const DEPTH = 20;

export async function realNewsFigures(browser: Browser, workDir: string): Promise<Figure[]> {
  const missing = realNewsMissing();
  if (missing) {
    log(`real news: left out, because ${missing} (the figures need ../shared/real-news beside the checkout)`);
    return [];
  }
  const news = writeRealNewsSeeds(path.join(workDir, 'real-news-seeds'));
  const label = `Real news (${news.categories.size} BBC Swahili articles)`;
  log(`${label}: related articles`);
  const figures = await relatedFigures(news, label, workDir);
  log(`${label}: search`);
  figures.push(...(await searchFigures(news, label, browser, workDir)));
  return figures;
}

interface ListQuality {
  precision: number;
  /** Share of articles with all four listed. */
  four: number;
  /** Share with none. */
  none: number;
}

function quality(
  lists: ReadonlyArray<readonly number[]>,
  category: (article: number) => string,
): ListQuality {
  let listed = 0;
  let same = 0;
  let four = 0;
  let none = 0;
  lists.forEach((list, article) => {
    const shown = list.slice(0, SHOWN);
    if (shown.length === SHOWN) four++;
    if (shown.length === 0) none++;
    for (const other of shown) {
      listed++;
      if (category(other) === category(article)) same++;
    }
  });
  return {
    precision: listed === 0 ? 0 : same / listed,
    four: four / lists.length,
    none: none / lists.length,
  };
}

/** The related articles each article shows, by position in publication order, as the build makes them. */
async function shownRelated(seedsDir: string): Promise<number[][]> {
  const folder = readSeedFolder(seedsDir, root);
  const model = siteModel(folder.records, folder.editors, (name) => name);
  const related = await relatedStage(folder.records, null);
  const outputs = new SiteOutputs(model, folder.records, related.table, 'bench', DEFAULT_TIME_ZONE);
  const positionOf = new Map(model.articles.map((post, position) => [model.posts[post]?.slug, position]));
  return model.articles.map((post) => {
    const job = outputs.job(`post:${model.posts[post]?.slug}`);
    return job.kind === 'post' ? job.related.map((summary) => positionOf.get(summary.slug) ?? -1) : [];
  });
}

async function relatedFigures(news: RealNews, label: string, workDir: string): Promise<Figure[]> {
  const names = readdirSync(news.seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const category = (article: number) => news.categories.get(names[article] as string) ?? '?';
  const figures: Figure[] = [];
  // A newcomer's archive has no table: the build counts one itself.
  const withoutTable = quality(await shownRelated(news.seedsDir), category);
  // A publisher's, after `npm run word-frequencies`.
  const tabled = path.join(workDir, 'real-news-seeds-tabled');
  cpSync(news.seedsDir, tabled, { recursive: true });
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/word-frequencies.ts'], {
    cwd: root,
    env: { ...process.env, HABARI_SEEDS_DIR: tabled },
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`npm run word-frequencies failed:\n${made.stderr}`);
  const withTable = quality(await shownRelated(tabled), category);
  rmSync(tabled, { recursive: true, force: true });
  const texts = names.map((name) => readFileSync(path.join(news.seedsDir, name), 'utf8'));
  const baseline = quality(nearestByCosine(texts, SHOWN), category);
  for (const [which, measured] of [
    ['no word table', withoutTable],
    [`after npm run word-frequencies`, withTable],
  ] as const) {
    log(
      `${label}, related, ${which}: precision ${measured.precision.toFixed(3)}, four listed ${measured.four.toFixed(3)}, none ${measured.none.toFixed(3)}`,
    );
    figures.push(
      figure(
        `${label}: related articles of the same category (precision at 4), ${which}`,
        measured.precision,
        0.75,
        'min',
        'ratio',
      ),
      figure(
        `${label}: articles with four related articles (coverage), ${which}`,
        measured.four,
        0.98,
        'min',
        'ratio',
      ),
    );
  }
  log(
    `${label}, related, TF-IDF cosine: precision ${baseline.precision.toFixed(3)}, four listed ${baseline.four.toFixed(3)}`,
  );
  figures.push(
    figure(
      `${label}: TF-IDF cosine's precision at 4 (scikit-learn's formula)`,
      baseline.precision,
      null,
      'info',
      'ratio',
    ),
    figure(`${label}: TF-IDF cosine's coverage`, baseline.four, null, 'info', 'ratio'),
  );
  return figures;
}

async function searchFigures(
  news: RealNews,
  label: string,
  browser: Browser,
  workDir: string,
): Promise<Figure[]> {
  const siteDir = path.join(workDir, 'real-news-site');
  buildSite(siteDir, news.seedsDir);
  const folder = readSeedFolder(news.seedsDir, root);
  const queries = searchQueries(
    folder.articles.map((article) => ({ ...article, english: article.englishHeadline })),
  );
  const slugs = slugsByPosition(siteDir);
  const all = [...queries.knownItem, ...queries.acrossNumber, ...queries.acrossVerbForm];
  const habari = await habariRanks(siteDir, all);
  const pagefind = await pagefindRanks(browser, siteDir, slugs, all);
  const ends = [queries.knownItem.length, queries.knownItem.length + queries.acrossNumber.length];
  const split = (ranks: Array<number | null>) => [
    ranks.slice(0, ends[0]),
    ranks.slice(ends[0], ends[1]),
    ranks.slice(ends[1]),
  ];
  const [ourKnown = [], ourAcross = [], ourVerbForms = []] = split(habari);
  const [theirKnown = [], theirAcross = [], theirVerbForms = []] = split(pagefind);
  const figures = [
    figure(
      `${label}: search, known item, mean reciprocal rank (${queries.knownItem.length} queries)`,
      meanReciprocalRank(ourKnown, DEPTH),
      0.95,
      'min',
      'ratio',
    ),
    figure(
      `${label}: Pagefind, known item, mean reciprocal rank`,
      meanReciprocalRank(theirKnown, DEPTH),
      null,
      'info',
      'ratio',
    ),
    figure(
      `${label}: search across number (mchezaji finds wachezaji), mean reciprocal rank (${queries.acrossNumber.length} queries)`,
      meanReciprocalRank(ourAcross, DEPTH),
      0.6,
      'min',
      'ratio',
    ),
    figure(
      `${label}: Pagefind, across number, mean reciprocal rank`,
      meanReciprocalRank(theirAcross, DEPTH),
      null,
      'info',
      'ratio',
    ),
    figure(
      `${label}: search across verb form (alisema finds amesema; not joined), mean reciprocal rank (${queries.acrossVerbForm.length} queries)`,
      meanReciprocalRank(ourVerbForms, DEPTH),
      null,
      'info',
      'ratio',
    ),
    figure(
      `${label}: Pagefind, across verb form, mean reciprocal rank`,
      meanReciprocalRank(theirVerbForms, DEPTH),
      null,
      'info',
      'ratio',
    ),
  ];
  for (const entry of figures) log(`${entry.figure}: ${entry.measured.toFixed(3)}`);
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(`${siteDir}.sites`, { recursive: true, force: true });
  return figures;
}

/** Each query's target article's place in our results (0 = first), as the search page ranks them. */
async function habariRanks(siteDir: string, queries: readonly KnownQuery[]): Promise<Array<number | null>> {
  const manifest = JSON.parse(
    readFileSync(path.join(siteDir, SEARCH_MANIFEST), 'utf8'),
  ) as SearchManifestJson;
  const shards = new Map<string, ShardWord[]>();
  const shard = (key: string) => {
    let words = shards.get(key);
    if (!words) shards.set(key, (words = decodeShard(readFileSync(path.join(siteDir, shardFile(key))))));
    return words;
  };
  const ranks: Array<number | null> = [];
  for (const { query, article } of queries) {
    const wordsOf = (word: string) => shardsFor(word, manifest).flatMap(shard);
    const result = await rankArticles(wordsOf, query, manifest.articles, DEPTH, async () => undefined);
    const at = result.hits.findIndex((hit) => hit.article === article);
    ranks.push(at < 0 ? null : at);
  }
  return ranks;
}

/** Each article's slug, by position in publication order, from the built site's pages of the list. */
function slugsByPosition(siteDir: string): string[] {
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    let json: IndexPageJson;
    try {
      json = JSON.parse(readFileSync(path.join(siteDir, `data/pages/${page}.json`), 'utf8')) as IndexPageJson;
    } catch {
      return slugs;
    }
    // Newest first on a page.
    slugs.push(...json.posts.map((post) => post.slug).reverse());
  }
}

/** The same queries through Pagefind's own JavaScript, in Chromium, over an index of the article pages. */
async function pagefindRanks(
  browser: Browser,
  siteDir: string,
  slugs: readonly string[],
  queries: readonly KnownQuery[],
): Promise<Array<number | null>> {
  const indexDir = `${siteDir}.pagefind`;
  rmSync(indexDir, { recursive: true, force: true });
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'),
      '--site',
      path.resolve(siteDir),
      '--glob',
      'habari/**/*.html',
      '--output-path',
      indexDir,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`Pagefind failed:\n${run.stdout}${run.stderr}`);
  writeFileSync(path.join(indexDir, 'ranks.html'), '<!doctype html><html lang="sw"><title>ranks</title>');
  const server = await staticServer({ '/pagefind/': indexDir, '/': siteDir });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/pagefind/ranks`);
    const urls = await page.evaluate(
      async ({ all, depth }) => {
        const pagefind = (await import('/pagefind/pagefind.js' as string)) as {
          search: (query: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }>;
        };
        const found: string[][] = [];
        for (const query of all) {
          const search = await pagefind.search(query);
          found.push(
            await Promise.all(
              search.results.slice(0, depth).map(async (result) => (await result.data()).url),
            ),
          );
        }
        return found;
      },
      { all: queries.map((entry) => entry.query), depth: DEPTH },
    );
    return queries.map(({ article }, at) => {
      const slug = slugs[article];
      const rank = (urls[at] ?? []).findIndex((url) => url.replace(/\.html$/, '') === `/habari/${slug}`);
      return rank < 0 ? null : rank;
    });
  } finally {
    await context.close();
    await server.stop();
    rmSync(indexDir, { recursive: true, force: true });
  }
}
