// How the site is served, against whichever server the suite runs on (`vite preview`, or nginx with the
// site's configuration when HABARI_SERVER=nginx; CI runs both): cache rules, revalidation, pages without
// .html, the not-found page; and, from nginx always, the files compressed at build time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { parseHeadersFile } from '../../src/hosting/headers-file.ts';
import { cacheRulesFor, IMMUTABLE, NEVER_CACHED, REVALIDATE } from '../../src/hosting/hosting-rules.ts';
import { serveSite } from '../support/site-server.ts';

const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET as a browser sends it, with nothing decompressed or followed. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, `${prefix}${entry.name}/`) : [`/${prefix}${entry.name}`],
  );
}

describe(`hosting (${inject('server')})`, () => {
  const site = inject('siteUrl');
  const siteDir = inject('siteDir');
  const entryScript = () => {
    const html = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    const script = /<script type="module"[^>]* src="([^"]+)"/.exec(html)?.[1];
    if (!script) throw new Error('index.html names no module script');
    return script;
  };

  it('gives every published file exactly one cache rule in _headers', () => {
    const rules = parseHeadersFile(readFileSync(path.join(siteDir, '_headers'), 'utf8'));
    const files = filesUnder(siteDir).filter((file) => !/\.(br|gz)$/.test(file) && file !== '/_headers');
    expect(files.length).toBeGreaterThan(20);
    const unruled = files.filter((file) => cacheRulesFor(rules, file).length !== 1);
    expect(unruled).toEqual([]);
  });

  it('lets browsers keep hashed scripts for a year and never keep the service worker', async () => {
    const script = await get(`${site}${entryScript()}`);
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toBe(IMMUTABLE);
    const worker = await get(`${site}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers['cache-control']).toBe(NEVER_CACHED);
  });

  it.each(['/', ARTICLE, '/data/pages/front.json', '/feed.xml', '/sitemap.xml'])(
    'revalidates %s every time, and answers 304 while it is unchanged',
    async (pathname) => {
      const first = await get(`${site}${pathname}`);
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe(REVALIDATE);
      const etag = first.headers.etag;
      expect(typeof etag).toBe('string');
      const again = await get(`${site}${pathname}`, { 'if-none-match': etag as string });
      expect(again.status).toBe(304);
    },
  );

  it('serves an article at its address without .html, in either language', async () => {
    for (const address of [ARTICLE, `${ARTICLE}?lang=en`]) {
      const page = await get(`${site}${address}`, { accept: 'text/html' });
      expect(page.status, address).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body.toString()).toContain('<h1');
    }
  });

  it('answers an unknown path with 404 and the not-found page', async () => {
    const page = await get(`${site}/hakuna/ukurasa-huu`, { accept: 'text/html' });
    expect(page.status).toBe(404);
    expect(page.body.toString()).toMatch(/<html lang="sw"/);
    expect(page.body.toString()).toContain('Ukurasa haupatikani');
  });

  // `vite preview` compresses nothing: this one always asks the site's nginx (npm run serve:nginx).
  it('sends the Brotli files written at build time; gzip as written for scripts, made by nginx for pages', async () => {
    const nginx = await serveSite(siteDir, 4391, 'nginx');
    try {
      const script = entryScript();
      const addresses = [
        ['/', 'index.html'],
        [ARTICLE, `${ARTICLE.slice(1)}.html`],
        [script, script.slice(1)],
      ] as const;
      for (const [address, file] of addresses) {
        const answer = await get(`${nginx.url}${address}`, { 'accept-encoding': 'br' });
        expect(answer.headers['content-encoding'], `${address} br`).toBe('br');
        expect(answer.body.equals(readFileSync(path.join(siteDir, `${file}.br`)))).toBe(true);
        expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
      }
      for (const [address, file] of addresses) {
        const answer = await get(`${nginx.url}${address}`, { 'accept-encoding': 'gzip' });
        expect(answer.headers['content-encoding'], `${address} gzip`).toBe('gzip');
        expect(gunzipSync(answer.body).equals(readFileSync(path.join(siteDir, file)))).toBe(true);
        expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
        // Only the app's own files (scripts, manifest) are gzipped at build time, at level 9: nginx sends those
        // bytes as they are. A page has no .gz: nginx makes its gzip.
        const written = path.join(siteDir, `${file}.gz`);
        if (address === script) expect(answer.body.equals(readFileSync(written))).toBe(true);
        else expect(existsSync(written), written).toBe(false);
      }
    } finally {
      await nginx.stop();
    }
  });
});
