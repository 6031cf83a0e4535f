// The Vite plugin that turns `seeds/*.txt` into the site's JSON: written beside the bundle by `vite build`,
// served from memory by `vite dev`, where editing a seed reloads the page.
import path from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import { buildSiteData, type SiteData } from '../src/seeds/build-site-data.ts';
import { readSeedFolder } from '../src/seeds/read-seeds.ts';
import { SeedBuildError } from '../src/seeds/seed-error.ts';
import { siteFiles } from '../src/seeds/site-files.ts';
import { writeFiles } from '../src/prerender/write-files.ts';

interface SeedsPluginOptions {
  /** Folder of the seeds, absolute. */
  seedsDir: string;
  /** Origin the site is published at, for the feed, sitemap and robots.txt. */
  siteUrl: string;
}

export function seedsPlugin({ seedsDir, siteUrl }: SeedsPluginOptions): Plugin {
  let root = process.cwd();
  let logger: Logger | undefined;
  let built: Promise<SiteData> | null = null;

  const load = (): Promise<SiteData> => {
    built ??= readSeedFolder(seedsDir, root).then(({ seeds, editors }) => buildSiteData(seeds, editors));
    return built;
  };

  return {
    name: 'habari:seeds',
    configResolved(config) {
      root = config.root;
      logger = config.logger;
    },
    // Seeds are read before bundling starts, so a bad seed fails the build at once, with only its message.
    async buildStart() {
      if (this.environment.name !== 'client' || this.environment.mode !== 'build') return;
      const site = await load().catch((error: unknown) => {
        if (error instanceof SeedBuildError) this.error({ message: error.message, stack: '' });
        throw error;
      });
      for (const warning of site.warnings) logger?.warn(`habari: ${warning}`);
    },
    // Written straight to disk rather than emitted through the bundler: 10,000 assets would cost it
    // hundreds of megabytes for files it has nothing to do with.
    async writeBundle(options) {
      if (this.environment.name !== 'client' || !options.dir) return;
      const site = await load();
      const count = writeFiles(options.dir, siteFiles(site, siteUrl));
      built = null;
      logger?.info(summary(site, count));
    },
    configureServer(server) {
      // The dev server keeps the files of the current seeds in memory; a seed change drops them and reloads.
      let files: Promise<Map<string, string>> | null = null;
      const loadFiles = () => {
        files ??= load().then((site) => {
          site.warnings.forEach((warning) => server.config.logger.warn(warning));
          return new Map([...siteFiles(site, siteUrl)].map((file) => [file.fileName, file.source]));
        });
        return files;
      };
      const reload = (file: string) => {
        if (!isInside(seedsDir, file)) return;
        built = null;
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
        serveData(server, loadFiles, request.url, response, next),
      );
    },
  };
}

async function serveData(
  server: ViteDevServer,
  loadFiles: () => Promise<Map<string, string>>,
  url: string | undefined,
  response: import('node:http').ServerResponse,
  next: () => void,
): Promise<void> {
  const base = server.config.base;
  const pathname = (url ?? '').split('?')[0] ?? '';
  if (!pathname.startsWith(`${base}data/`)) return next();
  try {
    const fileName = pathname.slice(base.length);
    const source = (await loadFiles()).get(fileName);
    response.statusCode = source === undefined ? 404 : 200;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(source ?? '{"error":"not found"}');
  } catch (error) {
    response.statusCode = 500;
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.end(error instanceof Error ? error.message : String(error));
  }
}

function summary(site: SiteData, fileCount: number): string {
  const articles = site.posts.filter((post) => post.hasBody).length;
  const headlineOnly = site.posts.length - articles;
  return `habari: wrote ${articles} article${articles === 1 ? '' : 's'} and ${headlineOnly} headline-only post${headlineOnly === 1 ? '' : 's'} (${fileCount} files: JSON, search index, feed, sitemap, robots.txt)`;
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
