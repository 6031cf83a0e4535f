// The development server's view of the seeds: the site's data files made in memory (plugins/site-in-memory.ts)
// and served as the published site would serve them; editing, adding or removing a seed reloads the page.
// `vite build` does not use this plugin: the build reads seeds in its own stages (plugins/build-site.ts).
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readSeedFolder } from '../src/seeds/read-seed-folder.ts';
import { siteInMemory } from './site-in-memory.ts';

interface SeedsPluginOptions {
  /** Folder of the seeds, absolute. */
  seedsDir: string;
  /** Origin the site is published at, for the feed, sitemap and robots.txt. */
  siteUrl: string;
  /** The site's time zone, for the dates of the seeds' names. */
  timeZone: string;
}

export function seedsPlugin({ seedsDir, siteUrl, timeZone }: SeedsPluginOptions): Plugin {
  return {
    name: 'habari:seeds',
    apply: 'serve',
    configureServer(server) {
      let files: Promise<Map<string, string | Uint8Array>> | null = null;
      const loadFiles = () => {
        files ??= (async () => {
          const folder = readSeedFolder(seedsDir, server.config.root, timeZone);
          const site = await siteInMemory(folder, siteUrl, 'seeds', timeZone);
          site.model.warnings.forEach((warning) => server.config.logger.warn(warning));
          return site.files;
        })();
        return files;
      };
      const reload = (file: string) => {
        if (!isInside(seedsDir, file)) return;
        files = null;
        loadFiles().catch((error: unknown) =>
          server.config.logger.error(String(error instanceof Error ? error.message : error)),
        );
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(seedsDir);
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      server.middlewares.use((request, response, next) =>
        serveData(
          server,
          loadFiles,
          request.url,
          request.headers['sec-fetch-mode'] as string | undefined,
          response,
          next,
        ),
      );
    },
  };
}

async function serveData(
  server: ViteDevServer,
  loadFiles: () => Promise<Map<string, string | Uint8Array>>,
  url: string | undefined,
  fetchMode: string | undefined,
  response: import('node:http').ServerResponse,
  next: () => void,
): Promise<void> {
  const base = server.config.base;
  const pathname = (url ?? '').split('?')[0] ?? '';
  // A post's page fetched by the app (not a navigation, which gets the app's shell) carries the post's data.
  const postData = pathname.startsWith(`${base}habari/`) && fetchMode !== 'navigate';
  if (!pathname.startsWith(`${base}data/`) && !postData) return next();
  try {
    const fileName = pathname.slice(base.length);
    const source = (await loadFiles()).get(fileName);
    response.statusCode = source === undefined ? 404 : 200;
    const type =
      source instanceof Uint8Array
        ? 'application/octet-stream'
        : postData
          ? 'text/html; charset=utf-8'
          : 'application/json; charset=utf-8';
    response.setHeader('content-type', type);
    response.end(source ?? 'not found');
  } catch (error) {
    response.statusCode = 500;
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.end(error instanceof Error ? error.message : String(error));
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
