// Renders every page of the site to static HTML with the app's own server bundle, into the client build folder.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderedPage } from '../src/prerender/entry-server.tsx';
import type { PageData } from '../src/prerender/page-data.ts';
import { pageHtml } from '../src/prerender/page-html.ts';
import { sitePages, type SiteContent, type SitePage } from '../src/prerender/site-pages.ts';

interface PrerenderOptions {
  clientDir: string;
  serverEntry: string;
  siteUrl: string;
  content: SiteContent;
}

type RenderPage = (path: string, data: PageData) => RenderedPage;

/** Files written at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const WRITE_BATCH = 64;

export async function prerenderSite({
  clientDir,
  serverEntry,
  siteUrl,
  content,
}: PrerenderOptions): Promise<SitePage[]> {
  const templatePath = path.join(clientDir, 'index.html');
  const template = await readFile(templatePath, 'utf8');
  const { renderPage } = (await import(pathToFileURL(serverEntry).href)) as { renderPage: RenderPage };

  const cssLink = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(template);
  const css = cssLink?.[1] ? await readFile(path.join(clientDir, cssLink[1]), 'utf8') : '';
  if (cssLink?.[1]) await rm(path.join(clientDir, cssLink[1]));

  const pages = sitePages(content);
  const folders = new Set(pages.map((page) => path.dirname(path.join(clientDir, page.file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));

  for (let start = 0; start < pages.length; start += WRITE_BATCH) {
    await Promise.all(
      pages.slice(start, start + WRITE_BATCH).map((page) => {
        const rendered = renderPage(page.path, page.data);
        const html = pageHtml(template, rendered, {
          siteUrl,
          css: css.trim(),
          cssLinkTag: cssLink?.[0] ?? null,
          noIndex: page.data.kind === 'not-found',
        });
        return writeFile(path.join(clientDir, page.file), html);
      }),
    );
  }
  return pages;
}
