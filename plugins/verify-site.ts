// The last check before a build is published: every seed became an article listed on a page of the list, and
// every output this build wrote is on disk.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pageCount, pageRange } from '../src/site/list-pages.ts';
import type { SiteModel } from '../src/site/site-model.ts';
import { unitFiles } from './output-plan.ts';

export async function verifySite(
  stageDir: string,
  model: Pick<SiteModel, 'articles' | 'posts'>,
  seedCount: number,
  written: readonly string[],
): Promise<void> {
  const articles = model.articles.filter((post) => (model.posts[post]?.seed ?? -1) >= 0).length;
  let listed = 0;
  for (let page = 1; page <= pageCount(model.articles.length); page++) {
    const [first, end] = pageRange(page, model.articles.length);
    listed += end - first;
  }
  if (articles !== seedCount || listed !== seedCount) {
    throw new Error(
      `build check failed: ${seedCount} seeds, but ${articles} article pages and ${listed} listed headlines`,
    );
  }
  // One look per file (a million articles: a few seconds), rather than listing folders of millions of names.
  const missing: string[] = [];
  for (const id of written) {
    for (const file of unitFiles(id)) {
      if (missing.length < 10 && !existsSync(path.join(stageDir, file))) missing.push(file);
    }
  }
  if (missing.length > 0) {
    throw new Error(`build check failed: pages not written: ${missing.join(', ')}`);
  }
}
