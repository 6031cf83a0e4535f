// How the site must be served, in one place: which headers each path gets. `_headers` (read by Netlify and
// Cloudflare Pages, and by `vite preview` here) and the nginx configuration are both written from these
// rules, so the two cannot drift apart.
//
// - Every response: the security headers.
// - `/assets/*`: file names carry a hash of their content, so a browser or CDN may keep them for a year.
// - `/sw.js`: never cached, so a new version of the site reaches readers on their next visit.
// - Everything else (pages, data JSON, feed, sitemaps, icons): revalidated on every use (`no-cache`: the
//   ETag makes it a 304 when unchanged), so a new article is seen at once.

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NEVER_CACHED = 'no-store';
export const REVALIDATE = 'no-cache';

export interface HeaderRule {
  /** `_headers` path patterns: exact, or ending in `*` for everything under a prefix. */
  paths: readonly string[];
  headers: Readonly<Record<string, string>>;
  /** The rule for every path no other cache rule names (nginx's `location /`). */
  fallback?: boolean;
}

/**
 * Every path the site publishes, apart from `/assets/*` and `/sw.js`: static hosts join the values of one
 * header from overlapping rules, so each path must match one cache rule only. tests/e2e/hosting.e2e.ts checks
 * that every file a build publishes matches exactly one (see `cacheRulesFor`).
 */
export const REVALIDATED_PATHS = [
  '/',
  '/index.html',
  '/404.html',
  '/offline',
  '/offline.html',
  '/tafuta',
  '/tafuta.html',
  '/habari/*',
  '/ukurasa/*',
  '/data/*',
  '/feed.xml',
  '/sitemap.xml',
  '/sitemaps/*',
  '/robots.txt',
  '/manifest.webmanifest',
  '/favicon.svg',
  '/icons/*',
  '/workbox-*',
] as const;

export const ASSETS_PREFIX = '/assets/';
export const SERVICE_WORKER_PATH = '/sw.js';

export const EVERY_PATH = '/*';

/** The site's header rules: its security headers (security-headers.ts) on every path, then one cache rule
 * per path. */
export function hostingRules(security: Readonly<Record<string, string>>): HeaderRule[] {
  return [
    { paths: [EVERY_PATH], headers: security },
    { paths: [`${ASSETS_PREFIX}*`], headers: { 'Cache-Control': IMMUTABLE } },
    { paths: [SERVICE_WORKER_PATH], headers: { 'Cache-Control': NEVER_CACHED } },
    { paths: REVALIDATED_PATHS, headers: { 'Cache-Control': REVALIDATE }, fallback: true },
  ];
}

export function pathMatches(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}

/** The headers a path gets: those of every rule it matches. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (rule.paths.some((pattern) => pathMatches(pattern, pathname))) Object.assign(headers, rule.headers);
  }
  return headers;
}

/** The Cache-Control values of the rules a path matches: exactly one for every path the site publishes. */
export function cacheRulesFor(rules: readonly HeaderRule[], pathname: string): string[] {
  return rules
    .filter(
      (rule) => rule.headers['Cache-Control'] && rule.paths.some((pattern) => pathMatches(pattern, pathname)),
    )
    .map((rule) => rule.headers['Cache-Control'] as string);
}
