// `vite build` for the whole site: client bundle (with the seeds' JSON), server bundle, prerendered pages,
// checks, then publish. Everything happens in a work folder; `dist/` changes only when all of it succeeded.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { ViteBuilder } from 'vite';
import { prerenderSite } from './prerender-site.ts';
import { publishFolder } from './publish-folder.ts';
import { verifySite } from './verify-site.ts';

export interface SiteBuildPaths {
  seedsDir: string;
  workDir: string;
  outDir: string;
  siteUrl: string;
}

export const workFolders = (workDir: string) => ({
  client: path.join(workDir, 'client'),
  server: path.join(workDir, 'server'),
});

export async function buildSite(
  builder: ViteBuilder,
  { seedsDir, workDir, outDir, siteUrl }: SiteBuildPaths,
): Promise<void> {
  const { client, server } = workFolders(workDir);
  const { environments } = builder;
  if (!environments.client || !environments.ssr)
    throw new Error('vite config needs client and ssr environments');
  await rm(workDir, { recursive: true, force: true });
  try {
    // The server bundle first, while the process is small: the client build then reads every seed.
    await builder.build(environments.ssr);
    await builder.build(environments.client);
    const started = performance.now();
    const report = await prerenderSite({
      clientDir: client,
      serverDir: server,
      siteUrl,
    });
    await verifySite(seedsDir, client, report);
    await regenerateServiceWorker(builder);
    builder.config.logger.info(
      `habari: prerendered ${report.files.length} pages (${report.articles} articles, ${report.headlineOnly} headline-only posts) in ${Math.round(performance.now() - started)} ms`,
    );
    await publishFolder(client, outDir);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** vite-plugin-pwa writes the service worker when the client bundle closes, before the pages are prerendered;
 * written again now, its precache holds the prerendered `/` and offline page, with their real revisions. */
async function regenerateServiceWorker(builder: ViteBuilder): Promise<void> {
  const pwa = builder.config.plugins.find((plugin) => plugin.name === 'vite-plugin-pwa');
  const api = pwa?.api as { generateSW?: () => Promise<unknown> } | undefined;
  if (!api?.generateSW)
    throw new Error('vite-plugin-pwa is not in the config: the service worker cannot be written');
  await api.generateSW();
}
