// The Vite plugin that turns `seeds/*.txt` into the site's JSON: emitted as assets by `vite build`,
// served from memory by `vite dev`, where editing a seed reloads the page.
import path from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import { buildSiteData, type SiteData } from '../src/seeds/build-site-data.ts';
import { readSeedFolder } from '../src/seeds/read-seeds.ts';
import { SeedBuildError } from '../src/seeds/seed-error.ts';
import { siteFiles } from '../src/seeds/site-files.ts';

interface SeedsPluginOptions {
  /** Folder of the seeds, absolute. */
  seedsDir: string;
}

interface BuiltSite {
  site: SiteData;
  files: Map<string, string>;
}

export function seedsPlugin({ seedsDir }: SeedsPluginOptions): Plugin {
  let root = process.cwd();
  let logger: Logger | undefined;
  let built: Promise<BuiltSite> | null = null;

  const load = (): Promise<BuiltSite> => {
    built ??= readSeedFolder(seedsDir, root).then(({ seeds, editors }) => {
      const site = buildSiteData(seeds, editors);
      return { site, files: new Map(siteFiles(site).map((file) => [file.fileName, file.source])) };
    });
    return built;
  };

  return {
    name: 'habari:seeds',
    configResolved(config) {
      root = config.root;
      logger = config.logger;
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      const { site, files } = await load().catch((error: unknown) => {
        // The problems are the message; a stack trace through the bundler would only hide them.
        if (error instanceof SeedBuildError) this.error({ message: error.message, stack: '' });
        throw error;
      });
      for (const warning of site.warnings) this.warn(warning);
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
      logger?.info(summary(site, files.size));
    },
    configureServer(server) {
      server.watcher.add(seedsDir);
      const reload = (file: string) => {
        if (!isInside(seedsDir, file)) return;
        built = null;
        load().then(
          ({ site }) => site.warnings.forEach((warning) => server.config.logger.warn(warning)),
          (error: unknown) =>
            server.config.logger.error(String(error instanceof Error ? error.message : error)),
        );
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      server.middlewares.use((request, response, next) =>
        serveData(server, load, request.url, response, next),
      );
    },
  };
}

async function serveData(
  server: ViteDevServer,
  load: () => Promise<BuiltSite>,
  url: string | undefined,
  response: import('node:http').ServerResponse,
  next: () => void,
): Promise<void> {
  const base = server.config.base;
  const pathname = (url ?? '').split('?')[0] ?? '';
  if (!pathname.startsWith(`${base}data/`)) return next();
  try {
    const { files } = await load();
    const source = files.get(pathname.slice(base.length));
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
  return `habari: wrote ${articles} article${articles === 1 ? '' : 's'} and ${headlineOnly} headline-only post${headlineOnly === 1 ? '' : 's'} (${fileCount} JSON files)`;
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
