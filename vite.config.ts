/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { defaultCacheDir } from './plugins/build-cache.ts';
import { buildSite } from './plugins/build-site.ts';
import { bundleFolders } from './plugins/code-stage.ts';
import { chunkGroups } from './plugins/chunk-groups.ts';
import { plainDynamicImports } from './plugins/plain-dynamic-imports.ts';
import { appVersionPlugin } from './plugins/app-version-plugin.ts';
import { previewPlugin } from './plugins/preview-plugin.ts';
import { pwaPlugins } from './plugins/pwa-options.ts';
import { seedsPlugin } from './plugins/seeds-plugin.ts';
import { DEFAULT_TIME_ZONE } from './src/seeds/seed-date.ts';

const root = import.meta.dirname;
// The benchmark builds other seed folders into other output folders; everyone else uses the defaults.
const seedsDir = path.resolve(root, process.env.HABARI_SEEDS_DIR ?? 'seeds');
const outDir = path.resolve(root, process.env.HABARI_OUT_DIR ?? 'dist');
// The build cache (plugins/build-cache.ts): one folder per output folder; HABARI_CLEAN=1 ignores it.
const cacheDir = path.resolve(root, process.env.HABARI_CACHE_DIR ?? defaultCacheDir(root, outDir));
const clean = process.env.HABARI_CLEAN === '1';
const siteUrl = process.env.HABARI_SITE_URL ?? 'http://localhost:4173';
// The newsroom's time zone: a dated seed's time is its time there (src/seeds/seed-date.ts).
const timeZone = process.env.HABARI_TIME_ZONE ?? DEFAULT_TIME_ZONE;
// Named in every page (<meta name="generator">), so a release is a new app for the service worker.
const appVersion =
  process.env.HABARI_APP_VERSION ??
  (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const bundles = bundleFolders(cacheDir);

// Two stand-ins that keep code no page runs out of every page (docs/decisions/005-script-budget.md):
// react-router's package exports name its development build for every bundler (it has no production
// condition), and the production build beside it is the same code without the development checks (560 bytes
// gzipped); TanStack Query's mutation cache, for a site that never mutates (1.1 KB, src/app/no-mutations.ts).
const reactRouterProduction = path.join(root, 'node_modules/react-router/dist/production/index.mjs');
const noMutations = path.join(root, 'src/app/no-mutations.ts');

export default defineConfig(({ isPreview }) => ({
  // Preview serves the published site as a static host would: no SPA fallback, 404.html for unknown paths.
  appType: isPreview ? 'mpa' : 'spa',
  resolve: {
    alias: [
      { find: /^react-router$/, replacement: reactRouterProduction },
      // Only @tanstack/query-core imports a module by this name.
      { find: /^\.\/mutationCache\.js$/, replacement: noMutations },
    ],
  },
  plugins: [
    react(),
    seedsPlugin({ seedsDir, siteUrl, timeZone }),
    ...pwaPlugins(),
    ...plainDynamicImports(),
    previewPlugin(),
    appVersionPlugin(appVersion),
  ],
  build: {
    outDir: isPreview ? outDir : bundles.client,
    emptyOutDir: true,
    reportCompressedSize: false,
    sourcemap: process.env.HABARI_SOURCEMAP === '1',
    // The prerender writes each page's modulepreload links itself (from the manifest); Vite's preload helper
    // and polyfill would cost every page script bytes for browsers this site does not target.
    modulePreload: false,
    manifest: true,
  },
  environments: {
    client: {
      build: {
        outDir: isPreview ? outDir : bundles.client,
        rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
      },
    },
    ssr: {
      // Self-contained, so the prerender can import it from any output folder (the benchmark builds in /tmp).
      resolve: { noExternal: true },
      build: {
        outDir: bundles.server,
        rolldownOptions: {
          input: {
            'entry-server': path.join(root, 'src/prerender/entry-server.tsx'),
            'build-worker': path.join(root, 'src/prerender/build-worker.ts'),
          },
        },
      },
    },
  },
  builder: {
    buildApp: (builder) =>
      buildSite(builder, { root, seedsDir, outDir, cacheDir, siteUrl, appVersion, timeZone, clean }),
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/seeds/**/*.test.ts',
            'src/site/**/*.test.ts',
            'src/search/**/*.test.ts',
            'src/prerender/**/*.test.ts',
            'src/hosting/**/*.test.ts',
            'plugins/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          // Guards against a hang, not timers: under a load of 20 on 2 cores four tests of real news took 7 s,
          // too near vitest's default of 5 s a test. Build tests set their own (tests/support/hang-guards.ts).
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [
            'src/seeds/**',
            'src/site/**',
            'src/search/**/*.test.ts',
            'src/prerender/**',
            'src/hosting/**',
          ],
          setupFiles: ['tests/setup/vitest-setup.ts'],
          // Above the 5 s a query waits for its state (tests/setup/vitest-setup.ts), with room for a loaded machine.
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
    ],
  },
}));
