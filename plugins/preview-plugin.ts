// `vite preview` as a static host should behave: the headers the build wrote to `_headers` (security and
// cache rules), and the prerendered not-found page, with status 404, for paths that are not on the site.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseHeadersFile } from '../src/hosting/headers-file.ts';
import { headersFor } from '../src/hosting/hosting-rules.ts';

export function previewPlugin(): Plugin {
  return {
    name: 'habari:preview',
    configurePreviewServer(server) {
      const distDir = path.resolve(server.config.root, server.config.build.outDir);
      const headersPath = path.join(distDir, '_headers');
      const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
      server.middlewares.use((request, response, next) => {
        const pathname = (request.url ?? '/').split('?')[0] ?? '/';
        for (const [name, value] of Object.entries(headersFor(rules, pathname)))
          response.setHeader(name, value);
        // (The static file server keeps a header already set: the site's Cache-Control wins over its own.)
        next();
      });
      // Runs after Vite has mapped `/habari/x` to an existing `habari/x.html`; what is left is not on the site.
      return () => {
        server.middlewares.use((request, response, next) => {
          const wantsHtml = request.headers.accept?.includes('text/html') ?? false;
          const pathname = decodeSafely((request.url ?? '/').split('?')[0] ?? '/');
          const exists =
            pathname !== null && pathname.endsWith('.html') && existsSync(path.join(distDir, pathname));
          if (!wantsHtml || exists || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
          readFile(path.join(distDir, '404.html')).then(
            (page) => {
              response.statusCode = 404;
              response.setHeader('content-type', 'text/html; charset=utf-8');
              response.end(request.method === 'HEAD' ? undefined : page);
            },
            () => next(),
          );
        });
      };
    },
  };
}

function decodeSafely(pathname: string): string | null {
  try {
    return path.posix.normalize(decodeURIComponent(pathname));
  } catch {
    return null;
  }
}
