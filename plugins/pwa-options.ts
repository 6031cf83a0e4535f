// The service worker and web app manifest (vite-plugin-pwa for the manifest, Workbox generateSW for the worker,
// written by plugins/service-worker-stage.ts). The worker precaches the app shell, keeps every page and JSON
// file it serves for offline reading, and answers a page it can neither fetch nor find with the offline page.
import type { Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { CACHE_NAMES } from '../src/services/cache-names.ts';

export const OFFLINE_PAGE = '/offline.html';

export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'prompt',
  // The app registers the worker itself (src/services/service-worker.ts), in a few lines instead of workbox-window.
  injectRegister: false,
  manifest: {
    name: 'Habari: habari za dunia kwa Kiswahili',
    short_name: 'Habari',
    description: 'Habari za dunia kwa Kiswahili, zenye vichwa vya habari kwa Kiingereza.',
    lang: 'sw',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#8c1c13',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The shell only, which changes with the code and nothing else: pages (`/` among them) are kept as they
    // are read, so publishing an article does not make a new worker.
    globPatterns: ['offline.html', 'assets/*.js', 'favicon.svg', 'icons/*.png', 'manifest.webmanifest'],
    navigateFallback: null,
    cleanupOutdatedCaches: true,
    // The first installed worker takes over the open page at once, so what the reader opens next is kept.
    // Updates still wait for the reader (skipWaiting stays off: see src/services/service-worker.ts).
    clientsClaim: true,
    runtimeCaching: [
      {
        // Pages: navigations, and the pages the app asks the worker to keep (CACHE_URLS), the front page among them.
        urlPattern: ({ request, url }) =>
          url.origin === self.location.origin &&
          (request.mode === 'navigate' || /^\/(habari\/|ukurasa\/|tafuta|$)/.test(url.pathname)),
        handler: 'NetworkFirst',
        options: {
          cacheName: CACHE_NAMES.pages,
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 300 },
          precacheFallback: { fallbackURL: OFFLINE_PAGE },
        },
      },
      {
        urlPattern: ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/data/'),
        handler: 'NetworkFirst',
        options: { cacheName: CACHE_NAMES.data, networkTimeoutSeconds: 5, expiration: { maxEntries: 500 } },
      },
    ],
  },
};

/**
 * vite-plugin-pwa for the web app manifest only: the service worker is written after the pages are
 * prerendered (plugins/service-worker-stage.ts), when its precache can hold the prerendered offline page.
 */
export function pwaPlugins(): Plugin[] {
  return VitePWA(pwaOptions).map((plugin) =>
    plugin.name === 'vite-plugin-pwa:build' ? { ...plugin, closeBundle: undefined } : plugin,
  );
}
