import { describe, expect, it } from 'vitest';
import { headersFile, parseHeadersFile } from './headers-file.ts';
import {
  cacheRulesFor,
  headersFor,
  hostingRules,
  IMMUTABLE,
  NEVER_CACHED,
  REVALIDATE,
} from './hosting-rules.ts';
import { nginxConfig } from './nginx-config.ts';
import { securityHeaders } from './security-headers.ts';

const rules = hostingRules(securityHeaders(["'sha256-abc='"]));

describe('hosting rules', () => {
  it('give each kind of path its cache rule and every path the security headers', () => {
    const cases: Array<[string, string]> = [
      ['/assets/index-3f2a.js', IMMUTABLE],
      ['/sw.js', NEVER_CACHED],
      ['/', REVALIDATE],
      ['/habari/korea', REVALIDATE],
      ['/ukurasa/12.html', REVALIDATE],
      ['/data/search/index.json', REVALIDATE],
      ['/sitemaps/posts-1.xml', REVALIDATE],
    ];
    for (const [pathname, cacheControl] of cases) {
      expect(cacheRulesFor(rules, pathname), pathname).toEqual([cacheControl]);
      const headers = headersFor(rules, pathname);
      expect(headers['Cache-Control']).toBe(cacheControl);
      expect(headers['Content-Security-Policy']).toContain("'sha256-abc='");
    }
  });

  it('round-trip through _headers, one block per path pattern', () => {
    const text = headersFile(rules);
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
    expect(text).toContain(`/assets/*\n  Cache-Control: ${IMMUTABLE}\n`);
    const parsed = parseHeadersFile(text);
    for (const pathname of ['/assets/a.js', '/sw.js', '/habari/x', '/feed.xml']) {
      expect(headersFor(parsed, pathname)).toEqual(headersFor(rules, pathname));
    }
  });

  it('write an nginx configuration with the same headers, in its own temporary folder', () => {
    const config = nginxConfig({
      root: '/srv/habari',
      port: 8080,
      tempDir: '/tmp/habari-nginx-x',
      rules,
      brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
      asRoot: false,
      ipv6: false,
    });
    expect(config).toContain('location ^~ /assets/ {');
    expect(config).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    expect(config).toContain('location = /sw.js {');
    expect(config).toContain(`add_header Cache-Control "${NEVER_CACHED}" always;`);
    expect(config).toContain('try_files $uri $uri.html $uri/index.html =404;');
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).toContain('brotli_static on;');
    expect(config).toContain('gzip_static on;');
    expect(config).toContain(
      'gzip_types text/css text/javascript application/json application/manifest+json application/xml text/plain image/svg+xml application/octet-stream;',
    );
    expect(config).not.toContain('[::]');
    expect(config).not.toContain('user root');
    // Every location repeats the security headers: nginx's add_header in a location drops the server's.
    expect(config.match(/add_header Content-Security-Policy/g)).toHaveLength(3);
    // Nothing written outside the temporary folder.
    for (const match of config.matchAll(/_path "([^"]+)"|pid "([^"]+)"/g)) {
      expect(match[1] ?? match[2]).toMatch(/^\/tmp\/habari-nginx-x\//);
    }
  });
});
