// A server in front of the site that sends each page's HTML a few bytes at a time, as a slow phone parses it:
// the browser paints the page half-parsed, again and again, which a fast machine never shows. Other files, and
// every header but those of the transfer itself, pass through as the site sends them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const TRANSFER_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection']);

export interface SlowServer {
  url: string;
  stop: () => Promise<void>;
}

export async function serveSlowly(
  siteUrl: string,
  bytesPerStep: number,
  stepMs: number,
): Promise<SlowServer> {
  const server = http.createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(`${siteUrl}${request.url ?? '/'}`, {
        headers: { accept: request.headers.accept ?? '*/*' },
        redirect: 'manual',
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      const headers: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (!TRANSFER_HEADERS.has(name)) headers[name] = value;
      });
      response.writeHead(upstream.status, headers);
      if (!(upstream.headers.get('content-type') ?? '').includes('text/html')) {
        response.end(body);
        return;
      }
      for (let start = 0; start < body.length; start += bytesPerStep) {
        response.write(body.subarray(start, start + bytesPerStep));
        await new Promise((resolve) => setTimeout(resolve, stepMs));
      }
      response.end();
    })().catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
