// Names the app's version in every page: <meta name="generator" content="Habari 0.1.0">. Readers' browsers
// see a new version as a new offline page, so the service worker offers it (src/services/service-worker.ts).
import type { Plugin } from 'vite';

export function appVersionPlugin(version: string): Plugin {
  return {
    name: 'habari:app-version',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: 'generator', content: `Habari ${version}` }, injectTo: 'head' },
    ],
  };
}
