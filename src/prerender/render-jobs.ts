// The work of rendering one output of the site: its JSON (what the app fetches) and its prerendered HTML page,
// each with its compressed forms. A post's body is read here, from its seed, and forgotten once written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ViewName } from '../services/view-names.ts';
import { dataFiles } from '../content/data-files.ts';
import type {
  DayPageJson,
  IndexPageJson,
  MonthJson,
  PopularJson,
  PostJson,
  PostSummary,
} from '../content/site-json.ts';
import { parseSeed } from '../seeds/parse-seed.ts';
import { seedDigest } from '../seeds/seed-record.ts';
import { renderPage } from './entry-server.tsx';
import { withCompressed, type OutputFile } from './output-files.ts';
import type { PageWriter } from './page-html.ts';
import {
  dayPage,
  fixedPage,
  listPage,
  monthPage,
  postPage,
  type FixedPage,
  type SitePage,
} from './site-pages.ts';

export type RenderJob =
  | {
      kind: 'post';
      summary: PostSummary;
      /** The article's seed, and the digest the build planned with; null for a headline-only post. */
      seed: { name: string; digest: string } | null;
      popular: PostSummary[];
      listedIn: PostSummary[];
      related: PostSummary[];
    }
  | { kind: 'list'; page: IndexPageJson; popular: PopularJson | null }
  | { kind: 'day'; page: DayPageJson }
  | { kind: 'month'; page: MonthJson }
  | { kind: 'fixed'; page: FixedPage };

export interface RenderContext {
  seedsDir: string;
  /** How messages name a seed: `seeds/NAME`. */
  seedsShown: string;
  writePage: PageWriter;
  /** Script chunks each lazy view needs beyond the entry, for <link rel="modulepreload"> on its pages. */
  preloads: Partial<Record<ViewName, string[]>>;
}

/** A unit's JSON files and prerendered page, each with its compressed forms. */
export function renderJob(job: RenderJob, context: RenderContext): OutputFile[] {
  const body = job.kind === 'post' && job.seed ? readBody(job.seed, context) : [];
  return [...jobData(job), ...jobPages(job, body, context)].flatMap((file) => withCompressed(file));
}

/** The JSON files of a unit (a post has none: its page carries its data). */
export function jobData(job: RenderJob): OutputFile[] {
  switch (job.kind) {
    case 'post':
      return [];
    case 'list': {
      const { page, popular } = job;
      const fileName = page.page === null ? dataFiles.frontPage() : dataFiles.indexPage(page.page);
      const files = [{ fileName, source: JSON.stringify(page) }];
      return popular ? [...files, { fileName: dataFiles.popular(), source: JSON.stringify(popular) }] : files;
    }
    case 'day':
      return [{ fileName: dataFiles.dayPage(job.page.day, job.page.page), source: JSON.stringify(job.page) }];
    case 'month':
      return [{ fileName: dataFiles.month(job.page.month), source: JSON.stringify(job.page) }];
    case 'fixed':
      return [];
  }
}

function jobPages(job: RenderJob, body: string[], context: RenderContext): OutputFile[] {
  switch (job.kind) {
    case 'post':
      return [html(postPage(postJson(job, body)), context)];
    case 'list':
      return [html(listPage(job.page, job.popular), context)];
    case 'day':
      return [html(dayPage(job.page), context)];
    case 'month':
      return [html(monthPage(job.page), context)];
    case 'fixed':
      return [html(fixedPage(job.page), context)];
  }
}

export function postJson(job: Extract<RenderJob, { kind: 'post' }>, body: string[]): PostJson {
  return { ...job.summary, body, popular: job.popular, listedIn: job.listedIn, related: job.related };
}

/** A post's paragraphs, read from its seed, which must be the seed the build planned with. */
function readBody(seed: { name: string; digest: string }, context: RenderContext): string[] {
  const file = `${context.seedsShown}/${seed.name}`;
  const bytes = readFileSync(path.join(context.seedsDir, seed.name));
  if (seedDigest(bytes) !== seed.digest) {
    throw new Error(`${file}: changed while the site was being built; build again`);
  }
  const parsed = parseSeed(file, bytes);
  if (!parsed.ok) throw new Error(`${file}: no longer parses: ${parsed.problem.message}`);
  return parsed.article.body;
}

function html(page: SitePage, context: RenderContext): OutputFile {
  const views = viewsOf(page);
  const source = context.writePage(renderPage(page.path, page.data, views), {
    noIndex: page.data.kind === 'search' || page.data.kind === 'not-found' || page.data.kind === 'offline',
    preloads: [...new Set(views.flatMap((view) => context.preloads[view] ?? []))],
  });
  return { fileName: page.file, source };
}

/** The lazily loaded views a page shows. */
function viewsOf(page: SitePage): ViewName[] {
  switch (page.data.kind) {
    case 'list':
    case 'search':
    case 'offline':
      return [page.data.kind];
    case 'day':
    case 'month':
      return ['date'];
    case 'post':
      // A headline-only post runs the article route, which chooses its view.
      return page.data.post.hasBody ? ['article', 'article-view'] : ['article', 'headline-only'];
    case 'not-found':
      return ['not-found'];
  }
}
