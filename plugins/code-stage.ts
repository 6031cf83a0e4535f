// The code stage of a build: the client and server bundles, made by Vite only when the code key changed
// (plugins/code-key.ts) and otherwise taken from the cache. It also prepares what every page shares: the HTML
// template with the stylesheet to inline, the scripts each view preloads, the security headers, and the
// published static files (scripts, icons, web app manifest) with their compressed forms.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ViteBuilder } from 'vite';
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
  key: path.join(cacheDir, 'bundle/key'),
});

export async function codeStage(builder: ViteBuilder, cacheDir: string, key: string): Promise<CodeStage> {
  const folders = bundleFolders(cacheDir);
  const { client, ssr } = builder.environments;
  if (!client || !ssr) throw new Error('vite config needs client and ssr environments');
  const cachedKey = existsSync(folders.key) ? readFileSync(folders.key, 'utf8') : null;
  const bundled = cachedKey !== key;
  if (bundled) {
    rmSync(folders.root, { recursive: true, force: true });
    // The server bundle first, while the process is small.
    await builder.build(ssr);
    await builder.build(client);
    prepareShell(folders);
    writeFileSync(folders.key, key);
  } else {
    // Tells Vite the environments are up to date; otherwise it builds them all after this build.
    client.isBuilt = true;
    ssr.isBuilt = true;
  }
  return {
    key,
    serverDir: folders.server,
    staticDir: folders.static,
    shell: JSON.parse(readFileSync(folders.shell, 'utf8')) as PageShell,
    bundled,
  };
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
