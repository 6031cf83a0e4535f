// The last check before a build is published: every seed became an article page, and every page exists.
import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { PrerenderReport } from './prerender-site.ts';

export async function verifySite(
  seedsDir: string,
  clientDir: string,
  report: PrerenderReport,
): Promise<void> {
  const seedCount = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).length;
  if (report.articles !== seedCount || report.listed !== seedCount) {
    throw new Error(
      `build check failed: ${seedCount} seeds, but ${report.articles} article pages and ${report.listed} listed headlines`,
    );
  }
  const missing: string[] = [];
  await Promise.all(
    report.files.map((file) => access(path.join(clientDir, file)).catch(() => missing.push(file))),
  );
  if (missing.length > 0) {
    throw new Error(`build check failed: pages not written: ${missing.slice(0, 10).join(', ')}`);
  }
}
