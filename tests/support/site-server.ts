// Builds a site from a seed folder and serves it as a reader's browser would meet it: with `vite preview`
// (`npm start`), or with nginx and the site's own configuration (`npm run serve:nginx`) when HABARI_SERVER=nginx.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const viteBin = path.join(root, 'node_modules/vite/bin/vite.js');

/** `npm run build` as node arguments. */
export const BUILD_ARGS = [viteBin, 'build'];

/** The environment of `npm run build` for a seed folder and an output folder. A test runner sets NODE_ENV=test,
 * which would give React's development build: what readers get is the production one. */
export function buildEnv(
  seedsDir: string,
  outDir: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    // As `npm run build` sets it: Vite then skips parsing every module of the config for a warning about a
    // future config loader (a build that stops at its first stage took 1.14 s instead of 1.78 s, medians of 5).
    VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    HABARI_SEEDS_DIR: seedsDir,
    HABARI_OUT_DIR: outDir,
    ...extra,
  };
}

export interface ServedSite {
  url: string;
  stop: () => Promise<void>;
}

/** A clean build (no cache), as a newcomer's first build would be. */
export function buildSite(
  outDir: string,
  seedsDir = path.join(root, 'seeds'),
  env: Record<string, string> = {},
): void {
  const result = spawnSync(process.execPath, [...BUILD_ARGS, '--logLevel', 'warn'], {
    cwd: root,
    env: buildEnv(seedsDir, outDir, { HABARI_CLEAN: '1', ...env }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export type SiteServer = 'preview' | 'nginx';

/** The server the tests and the bench use: HABARI_SERVER, `preview` unless it says `nginx`. */
export function siteServer(): SiteServer {
  const chosen = process.env.HABARI_SERVER ?? 'preview';
  if (chosen !== 'preview' && chosen !== 'nginx') {
    throw new Error(`HABARI_SERVER must be preview or nginx, not "${chosen}"`);
  }
  return chosen;
}

export async function serveSite(
  outDir: string,
  port: number,
  server: SiteServer = siteServer(),
): Promise<ServedSite> {
  const url = `http://localhost:${port}`;
  // Something already answering there (a server left over from a stopped run) would pass the readiness check
  // below and be measured in place of this site.
  const occupied = await fetch(`${url}/`).then(
    () => true,
    () => false,
  );
  if (occupied) throw new Error(`port ${port} is already in use: stop what is serving ${url} first`);
  const args =
    server === 'nginx'
      ? ['--import', 'tsx', path.join(root, 'scripts/serve-nginx.ts')]
      : [viteBin, 'preview', '--port', String(port), '--strictPort'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, HABARI_OUT_DIR: outDir, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${server} exited:\n${output}`);
    const ready = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`${server} did not answer on ${url} within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
