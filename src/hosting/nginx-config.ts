// The nginx configuration of the site, written from the same rules as `_headers` (hosting-rules.ts): a
// complete nginx.conf for `npm run serve:nginx` (foreground, unprivileged, everything it writes in one
// temporary folder), whose `server` block a publisher can copy into their own.
import { EVERY_PATH, type HeaderRule } from './hosting-rules.ts';

export interface NginxOptions {
  /** The built site. */
  root: string;
  port: number;
  /** Where nginx keeps its pid file and temporary files. */
  tempDir: string;
  rules: readonly HeaderRule[];
  /** The brotli_static module to load, or null where nginx has it built in. */
  brotliModule: string | null;
  /** Run as root, the workers too: only when started by root, which owns the checkout. */
  asRoot: boolean;
  /** Listen on IPv6 too (not where the machine has no IPv6). */
  ipv6: boolean;
}

// Only the types the site serves: nginx's own mime.types lacks the web app manifest.
const TYPES: Record<string, string> = {
  'text/html': 'html',
  'text/css': 'css',
  'text/javascript': 'js mjs',
  'application/json': 'json',
  'application/manifest+json': 'webmanifest',
  'application/xml': 'xml',
  'text/plain': 'txt',
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'image/x-icon': 'ico',
  'font/woff2': 'woff2',
};

/** The text types besides HTML: nginx's charset and gzip settings always include text/html, and warn if it is
 * named again. */
const TEXT_TYPES = Object.keys(TYPES).filter((type) => /^text\/(?!html)|json|xml/.test(type));
/** Compressed by nginx for a client without Brotli: the text, and the search shards (.bin, the default type). */
const GZIPPED_TYPES = [...TEXT_TYPES, 'application/octet-stream'];

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

function location(pattern: string): string {
  return pattern.endsWith('*') ? `^~ ${pattern.slice(0, -1)}` : `= ${pattern}`;
}

/** The `server` block: one location per cache rule, each repeating the security headers (nginx's
 * `add_header` in a location replaces, not adds to, those of the server). */
export function nginxServerBlock(
  options: Pick<NginxOptions, 'root' | 'port' | 'rules'> & { ipv6?: boolean },
): string {
  const everyPath = options.rules.find((rule) => rule.paths.includes(EVERY_PATH))?.headers ?? {};
  const headerLines = (headers: Readonly<Record<string, string>>) =>
    Object.entries({ ...everyPath, ...headers })
      .map(([name, value]) => `      add_header ${name} ${quoted(value)} always;`)
      .join('\n');
  const locations: string[] = [];
  for (const rule of options.rules) {
    if (rule.paths.includes(EVERY_PATH)) continue;
    if (rule.fallback) {
      locations.push(`    # Pages without .html (/habari/SLUG), data, feed, sitemaps: revalidated with their ETag.
    location / {
${headerLines(rule.headers)}
      try_files $uri $uri.html $uri/index.html =404;
    }`);
      continue;
    }
    for (const pattern of rule.paths) {
      locations.push(`    location ${location(pattern)} {
${headerLines(rule.headers)}
      try_files $uri =404;
    }`);
    }
  }
  return `  server {
    listen ${options.port};
${options.ipv6 === false ? '' : `    listen [::]:${options.port};\n`}    server_name _;
    root ${quoted(options.root)};
    index index.html;
    charset utf-8;
    charset_types ${TEXT_TYPES.join(' ')};
    # Every text file has .br beside it, compressed at build time; the scripts and the web app manifest also
    # .gz. A client without Brotli gets the other files gzipped here, at the level the build would have used.
    brotli_static on;
    gzip_static on;
    gzip on;
    gzip_comp_level 1;
    gzip_min_length 512;
    gzip_types ${GZIPPED_TYPES.join(' ')};
    gzip_vary on;
    etag on;
    server_tokens off;
    error_page 404 /404.html;
    # An address nginx cannot decode (/habari/%E0%A4%A) is not on the site either.
    error_page 400 =404 /404.html;
    # The static hosts' rules file is not part of the site.
    location = /_headers {
      return 404;
    }

${locations.join('\n\n')}
  }`;
}

export function nginxConfig(options: NginxOptions): string {
  const temp = (name: string) => quoted(`${options.tempDir}/${name}`);
  return `# Written by \`npm run serve:nginx\` from the site's hosting rules (src/hosting/hosting-rules.ts).
${options.brotliModule ? `load_module ${quoted(options.brotliModule)};\n` : ''}${options.asRoot ? 'user root;\n' : ''}worker_processes 1;
pid ${temp('nginx.pid')};
error_log stderr warn;
daemon off;

events {
  worker_connections 512;
}

http {
  types {
${Object.entries(TYPES)
  .map(([type, extensions]) => `    ${type} ${extensions};`)
  .join('\n')}
  }
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${temp('client-body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};

${nginxServerBlock(options)}
}
`;
}
