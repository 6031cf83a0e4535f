/// <reference types="vitest/config" />
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { buildSite, workFolders } from './plugins/build-site.ts';
import { entryChunkGroup } from './plugins/chunk-groups.ts';
import { plainDynamicImports } from './plugins/plain-dynamic-imports.ts';
import { previewPlugin } from './plugins/preview-plugin.ts';
import { pwaPlugins } from './plugins/pwa-options.ts';
import { seedsPlugin } from './plugins/seeds-plugin.ts';

const root = import.meta.dirname;
// The benchmark builds other seed folders into other output folders; everyone else uses the defaults.
const seedsDir = path.resolve(root, process.env.HABARI_SEEDS_DIR ?? 'seeds');
const outDir = path.resolve(root, process.env.HABARI_OUT_DIR ?? 'dist');
const workDir = `${outDir}.building`;
const siteUrl = process.env.HABARI_SITE_URL ?? 'http://localhost:4173';
const work = workFolders(workDir);

export default defineConfig(({ isPreview }) => ({
  // Preview serves the published site as a static host would: no SPA fallback, 404.html for unknown paths.
  appType: isPreview ? 'mpa' : 'spa',
  plugins: [
    react(),
    seedsPlugin({ seedsDir, siteUrl }),
    ...pwaPlugins(),
    plainDynamicImports(),
    previewPlugin(),
  ],
  build: {
    outDir: isPreview ? outDir : work.client,
    emptyOutDir: true,
    reportCompressedSize: false,
    // The prerender writes each page's modulepreload links itself (from the manifest); Vite's preload helper
    // and polyfill would cost every page script bytes for browsers this site does not target.
    modulePreload: false,
    manifest: true,
  },
  environments: {
    client: {
      build: {
        outDir: isPreview ? outDir : work.client,
        rolldownOptions: { output: { codeSplitting: { groups: [entryChunkGroup] } } },
      },
    },
    ssr: {
      // Self-contained, so the prerender can import it from any output folder (the benchmark builds in /tmp).
      resolve: { noExternal: true },
      build: {
        outDir: work.server,
        rolldownOptions: {
          input: {
            'entry-server': path.join(root, 'src/prerender/entry-server.tsx'),
            'prerender-worker': path.join(root, 'src/prerender/prerender-worker.ts'),
          },
        },
      },
    },
  },
  builder: {
    buildApp: (builder) => buildSite(builder, { seedsDir, workDir, outDir, siteUrl }),
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
            'src/search/**/*.test.ts',
            'src/prerender/**/*.test.ts',
            'plugins/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/seeds/**', 'src/search/**/*.test.ts', 'src/prerender/**'],
          setupFiles: ['tests/setup/vitest-setup.ts'],
        },
      },
    ],
  },
}));
