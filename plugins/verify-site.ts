// The last check before a build is published: every seed became an article page, and every page exists.
import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SiteContent, SitePage } from '../src/prerender/site-pages.ts';

export async function verifySite(
  seedsDir: string,
  clientDir: string,
  content: SiteContent,
  pages: readonly SitePage[],
): Promise<void> {
  const seedCount = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).length;
  const articleCount = content.posts.filter((post) => post.hasBody).length;
  const listed = content.pages.reduce((sum, page) => sum + page.posts.length, 0);
  if (articleCount !== seedCount || listed !== seedCount) {
    throw new Error(
      `build check failed: ${seedCount} seeds, but ${articleCount} article files and ${listed} listed headlines`,
    );
  }
  const missing: string[] = [];
  await Promise.all(
    pages.map((page) => access(path.join(clientDir, page.file)).catch(() => missing.push(page.file))),
  );
  if (missing.length > 0)
    throw new Error(`build check failed: pages not written: ${missing.slice(0, 10).join(', ')}`);
}
