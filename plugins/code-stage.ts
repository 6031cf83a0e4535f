// The code stage of a build: the client and server bundles, made by Vite only when the code key changed
// (plugins/code-key.ts) and otherwise taken from the cache. It also prepares what every page shares: the HTML
// template with the stylesheet to inline, the scripts each view preloads, the security headers, and the
// published static files (scripts, icons, web app manifest) with their compressed forms.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger, ViteBuilder } from 'vite';
import { OutputWriter, withCompressed } from '../src/prerender/output-files.ts';
import { headersFile } from '../src/hosting/headers-file.ts';
import { hostingRules } from '../src/hosting/hosting-rules.ts';
import { securityHeaders, styleHash } from '../src/hosting/security-headers.ts';
import { viewPreloads, type BuildManifest } from './view-preloads.ts';
import type { RenderContext } from '../src/prerender/render-jobs.ts';

export interface PageShell {
  template: string;
  css: string;
  cssLinkTag: string | null;
  preloads: RenderContext['preloads'];
}

export interface CodeStage {
  key: string;
  /** Where the service worker made for this code is kept. */
  serviceWorkerDir: string;
  /** The server bundle, with the build worker's script. */
  serverDir: string;
  /** Files published as they are, already with their compressed forms. */
  staticDir: string;
  shell: PageShell;
  /** True when Vite made the bundles in this build. */
  bundled: boolean;
}

/** Where Vite writes the bundles, under the cache folder (the config points its outDirs here). */
export const bundleFolders = (cacheDir: string) => ({
  root: path.join(cacheDir, 'bundle'),
  client: path.join(cacheDir, 'bundle/client'),
  server: path.join(cacheDir, 'bundle/server'),
  static: path.join(cacheDir, 'bundle/static'),
  shell: path.join(cacheDir, 'bundle/shell.json'),
  /** The service worker, made by the first clean build with this code (plugins/service-worker-stage.ts). */
  serviceWorker: path.join(cacheDir, 'bundle/service-worker'),
  /** The code key the bundles were made for, and the digest of each of their files: written last. */
  key: path.join(cacheDir, 'bundle/key.json'),
});

interface BundleKey {
  key: string;
  digests: Record<string, string>;
}

export async function codeStage(
  builder: ViteBuilder,
  cacheDir: string,
  key: string,
  logger: Logger,
): Promise<CodeStage> {
  const folders = bundleFolders(cacheDir);
  const { client, ssr } = builder.environments;
  if (!client || !ssr) throw new Error('vite config needs client and ssr environments');
  const cached = cachedBundles(folders, key);
  if (cached.damage)
    logger.warn(`habari: the cached bundles are damaged (${cached.damage}); bundling the app again`);
  const bundled = !cached.usable;
  if (bundled) {
    rmSync(folders.root, { recursive: true, force: true });
    // The server bundle first, while the process is small.
    await builder.build(ssr);
    await builder.build(client);
    prepareShell(folders);
    const digests = Object.fromEntries(
      filesUnder(folders.root).map((file) => [file, digestOf(path.join(folders.root, file))]),
    );
    writeFileSync(folders.key, JSON.stringify({ key, digests } satisfies BundleKey, null, 1));
  } else {
    // Tells Vite the environments are up to date; otherwise it builds them all after this build.
    client.isBuilt = true;
    ssr.isBuilt = true;
  }
  return {
    key,
    serviceWorkerDir: folders.serviceWorker,
    serverDir: folders.server,
    staticDir: folders.static,
    shell: JSON.parse(readFileSync(folders.shell, 'utf8')) as PageShell,
    bundled,
  };
}

const digestOf = (file: string) => createHash('sha1').update(readFileSync(file)).digest('hex');

/**
 * Whether the bundles in the cache were made for `key` and are whole: every file there and matching its digest
 * (a truncated server bundle would otherwise fail every later build). `damage` says what is wrong, if anything.
 */
function cachedBundles(
  folders: ReturnType<typeof bundleFolders>,
  key: string,
): { usable: boolean; damage: string | null } {
  if (!existsSync(folders.key)) return { usable: false, damage: null };
  let recorded: BundleKey;
  try {
    recorded = JSON.parse(readFileSync(folders.key, 'utf8')) as BundleKey;
    if (typeof recorded.key !== 'string' || typeof recorded.digests !== 'object') throw new Error('no key');
  } catch {
    return { usable: false, damage: `${path.basename(folders.key)} cannot be read` };
  }
  if (recorded.key !== key) return { usable: false, damage: null };
  const present = new Set(filesUnder(folders.root));
  // (The service worker, kept after the digests were written, checks its own.)
  for (const [file, digest] of Object.entries(recorded.digests)) {
    if (!present.has(file)) return { usable: false, damage: `${file} is missing` };
    if (digestOf(path.join(folders.root, file)) !== digest)
      return { usable: false, damage: `${file} does not match its digest` };
  }
  return { usable: true, damage: null };
}

function prepareShell(folders: ReturnType<typeof bundleFolders>): void {
  const template = readFileSync(path.join(folders.client, 'index.html'), 'utf8');
  const cssLink = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(template);
  const cssFile = cssLink?.[1] ?? null;
  const css = cssFile ? readFileSync(path.join(folders.client, cssFile), 'utf8').trim() : '';
  const manifest = JSON.parse(
    readFileSync(path.join(folders.client, '.vite/manifest.json'), 'utf8'),
  ) as BuildManifest;
  const shell: PageShell = {
    template,
    css,
    cssLinkTag: cssLink?.[0] ?? null,
    preloads: viewPreloads(manifest),
  };

  // The stylesheet is inlined into every page and the template is not a page: neither is published.
  rmSync(path.join(folders.client, '.vite'), { recursive: true });
  rmSync(path.join(folders.client, 'index.html'));
  if (cssFile) rmSync(path.join(folders.client, cssFile));
  mkdirSync(folders.static, { recursive: true });
  const writer = new OutputWriter(folders.static);
  for (const file of filesUnder(folders.client)) {
    writer.write(
      withCompressed({ fileName: file, source: readFileSync(path.join(folders.client, file)) }, 'best'),
    );
  }
  writer.write(
    withCompressed({
      fileName: '_headers',
      source: headersFile(hostingRules(securityHeaders([styleHash(css)]))),
    }),
  );
  rmSync(folders.client, { recursive: true });
  writeFileSync(folders.shell, JSON.stringify(shell));
}

/** Copies the static files into a site folder being built from scratch. */
export function copyStatic(code: CodeStage, siteDir: string): void {
  cpSync(code.staticDir, siteDir, { recursive: true });
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
    })
    .sort();
}
