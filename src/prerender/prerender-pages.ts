// Renders a share of the site's pages to static HTML: reads each post's JSON as the build wrote it (so a file
// that does not parse stops the build), renders it with the app, writes the page. One post at a time, so
// memory stays flat whatever the size of the site. Runs inside a prerender worker.
import { preloadRouteViews, type ViewName } from '../app/route-views.ts';
import { renderPage } from './entry-server.tsx';
import { pageTemplate, type PageTemplateOptions } from './page-html.ts';
import { builtPostSlugs, readBuiltIndex, readBuiltPost } from './read-built-json.ts';
import { fixedPages, listPages, postPage, type SitePage } from './site-pages.ts';
import { writeFiles } from './write-files.ts';

export interface PrerenderJob extends PageTemplateOptions {
  clientDir: string;
  template: string;
  /** Script chunks each lazy view needs beyond the entry, for <link rel="modulepreload"> on its pages. */
  preloads: Partial<Record<ViewName, string[]>>;
  /** Which share of the posts this job renders: every `of`-th post, starting at `share`. The first share
   * also renders the pages of the headline list, search, not-found and offline. */
  share: number;
  of: number;
}

export interface PrerenderReport {
  /** Every HTML file written, relative to the client folder. */
  files: string[];
  articles: number;
  headlineOnly: number;
  /** Headlines on all pages of the list (counted by the share that renders the list). */
  listed: number;
}

export async function prerenderPages(job: PrerenderJob): Promise<PrerenderReport> {
  await preloadRouteViews();
  const writePage = pageTemplate(job.template, job);
  const render = (page: SitePage) => ({
    fileName: page.file,
    source: writePage(renderPage(page.path, page.data, viewsOf(page)), {
      noIndex: page.data.kind !== 'list' && page.data.kind !== 'post',
      preloads: preloadsOf(job, page),
    }),
  });
  const report: PrerenderReport = { files: [], articles: 0, headlineOnly: 0, listed: 0 };

  if (job.share === 0) {
    const { pages, popular } = readBuiltIndex(job.clientDir);
    const sitePages = [...listPages(pages, popular), ...fixedPages()];
    writeFiles(job.clientDir, sitePages.map(render));
    report.files.push(...sitePages.map((page) => page.file));
    report.listed = pages.reduce((sum, page) => sum + page.posts.length, 0);
  }

  const slugs = builtPostSlugs(job.clientDir);
  for (let index = job.share; index < slugs.length; index += job.of) {
    const post = readBuiltPost(job.clientDir, slugs[index] ?? '');
    const page = postPage(post);
    writeFiles(job.clientDir, [render(page)]);
    report.files.push(page.file);
    if (post.hasBody) report.articles++;
    else report.headlineOnly++;
  }
  return report;
}

function preloadsOf(job: PrerenderJob, page: SitePage): string[] {
  return [...new Set(viewsOf(page).flatMap((view) => job.preloads[view] ?? []))];
}

/** The lazily loaded views a page shows. */
function viewsOf(page: SitePage): ViewName[] {
  switch (page.data.kind) {
    case 'list':
    case 'search':
    case 'offline':
      return [page.data.kind];
    case 'post':
      // A headline-only post runs the article route, which chooses its view.
      return page.data.post.hasBody ? ['article'] : ['article', 'headline-only'];
    case 'not-found':
      return [];
  }
}
