// `PORT=8080 npm run serve:nginx`: serves the built site (dist/, or HABARI_OUT_DIR) with nginx and the site's
// own configuration (src/hosting/nginx-config.ts), in the foreground; Ctrl-C or SIGTERM stops it. Needs no
// root: the configuration, pid file and temporary files live in one temporary folder, removed on exit.
// `npm run serve:nginx -- --print` prints the `server` block instead, to copy into a server's own nginx.conf.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { parseHeadersFile } from '../src/hosting/headers-file.ts';
import { EVERY_PATH, hostingRules } from '../src/hosting/hosting-rules.ts';
import { nginxConfig, nginxServerBlock } from '../src/hosting/nginx-config.ts';

const INSTALL = 'apt-get install nginx libnginx-mod-http-brotli-static';
const BROTLI_MODULES = [
  '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  '/usr/lib64/nginx/modules/ngx_http_brotli_static_module.so',
  '/usr/share/nginx/modules/ngx_http_brotli_static_module.so',
  '/usr/local/lib/nginx/modules/ngx_http_brotli_static_module.so',
];

const root = path.resolve(import.meta.dirname, '..');
const siteDir = path.resolve(root, process.env.HABARI_OUT_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 8080);

function fail(message: string): never {
  console.error(`serve:nginx: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`PORT must be a port number, not "${process.env.PORT}"`);
const headersPath = path.join(siteDir, '_headers');
if (!existsSync(headersPath))
  fail(`${path.relative(root, siteDir) || '.'}/ has no built site: run npm run build first`);
// The security headers are the build's (the policy names its stylesheet's hash); the rules are this code's.
const security = parseHeadersFile(readFileSync(headersPath, 'utf8')).find((rule) =>
  rule.paths.includes(EVERY_PATH),
)?.headers;
if (!security) fail(`${headersPath} has no ${EVERY_PATH} block: run npm run build again`);
const rules = hostingRules(security);

if (process.argv.includes('--print')) {
  console.log(nginxServerBlock({ root: siteDir, port, rules }));
  process.exit(0);
}

// HABARI_NGINX: the nginx binary, where it is not on the PATH or in sbin.
const candidates = process.env.HABARI_NGINX
  ? [process.env.HABARI_NGINX]
  : ['nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx'];
const nginx = candidates.find((candidate) => spawnSync(candidate, ['-v']).status === 0);
if (!nginx) fail(`nginx is not installed. Install it with: ${INSTALL}`);
const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr;
const brotliBuiltIn = /brotli/.test(built);
const brotliModule = brotliBuiltIn ? null : BROTLI_MODULES.find((file) => existsSync(file));
if (!brotliBuiltIn && !brotliModule) {
  fail(`nginx has no brotli_static module. Install it with: ${INSTALL}`);
}

const tempDir = mkdtempSync(path.join(tmpdir(), 'habari-nginx-'));
const configPath = path.join(tempDir, 'nginx.conf');
writeFileSync(
  configPath,
  nginxConfig({
    root: siteDir,
    port,
    tempDir,
    rules,
    brotliModule: brotliModule ?? null,
    asRoot: process.getuid?.() === 0,
    ipv6: Object.values(networkInterfaces()).some((addresses) =>
      addresses?.some((address) => address.family === 'IPv6'),
    ),
  }),
);
console.log(`serve:nginx: serving ${siteDir} at http://localhost:${port}/ (Ctrl-C stops)`);
const server = spawn(nginx, ['-e', 'stderr', '-p', tempDir, '-c', configPath], { stdio: 'inherit' });
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code, signal) => {
  rmSync(tempDir, { recursive: true, force: true });
  process.exit(code ?? (signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : 1));
});
