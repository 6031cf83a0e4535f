// Renders every page of the site to static HTML with the app's own server bundle, into the client build
// folder. Posts stream through one at a time (read, check, render, write), so memory stays flat at any size.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderedPage } from '../src/prerender/entry-server.tsx';
import type { PageData } from '../src/prerender/page-data.ts';
import { pageHtml } from '../src/prerender/page-html.ts';
import { listPages, notFoundPage, postPage, type SitePage } from '../src/prerender/site-pages.ts';
import { builtPostSlugs, readBuiltIndex, readBuiltPost } from './read-built-json.ts';
import { writeFiles } from './write-files.ts';

interface PrerenderOptions {
  clientDir: string;
  serverEntry: string;
  siteUrl: string;
}

export interface PrerenderReport {
  /** Every HTML file written, relative to the client folder. */
  files: string[];
  articles: number;
  headlineOnly: number;
  /** Headlines on all pages of the list. */
  listed: number;
}

type RenderPage = (path: string, data: PageData) => RenderedPage;

export async function prerenderSite({
  clientDir,
  serverEntry,
  siteUrl,
}: PrerenderOptions): Promise<PrerenderReport> {
  const template = await readFile(path.join(clientDir, 'index.html'), 'utf8');
  const { renderPage } = (await import(pathToFileURL(serverEntry).href)) as { renderPage: RenderPage };

  const cssLink = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(template);
  const css = cssLink?.[1] ? (await readFile(path.join(clientDir, cssLink[1]), 'utf8')).trim() : '';
  if (cssLink?.[1]) await rm(path.join(clientDir, cssLink[1]));

  const render = (page: SitePage) => ({
    fileName: page.file,
    source: pageHtml(template, renderPage(page.path, page.data), {
      siteUrl,
      css,
      cssLinkTag: cssLink?.[0] ?? null,
      noIndex: page.data.kind === 'not-found',
    }),
  });

  const report: PrerenderReport = { files: [], articles: 0, headlineOnly: 0, listed: 0 };
  const { pages, popular } = readBuiltIndex(clientDir);
  const fixedPages = [...listPages(pages, popular), notFoundPage()];
  writeFiles(clientDir, fixedPages.map(render));
  report.files.push(...fixedPages.map((page) => page.file));
  report.listed = pages.reduce((sum, page) => sum + page.posts.length, 0);

  for (const slug of builtPostSlugs(clientDir)) {
    const post = readBuiltPost(clientDir, slug);
    const page = postPage(post);
    writeFiles(clientDir, [render(page)]);
    report.files.push(page.file);
    if (post.hasBody) report.articles++;
    else report.headlineOnly++;
  }
  return report;
}
