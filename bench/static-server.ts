// A plain static file server for the Pagefind comparison: folders mounted at URL prefixes, gzip for text as a
// CDN would send it, no security headers (Pagefind needs 'wasm-unsafe-eval', which the site's CSP refuses).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.wasm']);

export interface StaticServer {
  url: string;
  stop: () => Promise<void>;
}

/** `mounts` maps URL prefixes (longest first wins) to folders; `/x` also finds `x.html`. */
export async function staticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
    const folder = prefix === undefined ? undefined : mounts[prefix];
    const relative = prefix === undefined ? '' : pathname.slice(prefix.length);
    const file = folder
      ? [relative, `${relative}.html`, path.join(relative, 'index.html')]
          .map((name) => path.join(folder, name))
          .find(
            (candidate) =>
              candidate.startsWith(folder) && existsSync(candidate) && statSync(candidate).isFile(),
          )
      : undefined;
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    const extension = path.extname(file);
    const gzip = COMPRESSED.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip({ level: 9 })) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
