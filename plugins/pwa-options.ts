// The service worker and web app manifest (vite-plugin-pwa, Workbox generateSW). The worker precaches the app
// shell and `/`, keeps every article page and JSON file it serves for offline reading, and answers a page it
// can neither fetch nor find with the offline page.
import type { Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { CACHE_NAMES } from '../src/app/cache-names.ts';

export const OFFLINE_PAGE = '/offline.html';

export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'prompt',
  // The app registers the worker itself (src/app/service-worker.ts), in a few lines instead of workbox-window.
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
    // The shell and `/` only: 10,000 article pages are cached as they are read, not up front.
    globPatterns: ['{index,offline}.html', 'assets/*.js', 'favicon.svg', 'icons/*.png'],
    navigateFallback: null,
    cleanupOutdatedCaches: true,
    // The first installed worker takes over the open page at once, so what the reader opens next is kept.
    // Updates still wait for the reader (skipWaiting stays off: see src/app/service-worker.ts).
    clientsClaim: true,
    runtimeCaching: [
      {
        // Pages: navigations, and the article URLs the app asks the worker to keep (CACHE_URLS).
        urlPattern: ({ request, url }) =>
          url.origin === self.location.origin &&
          (request.mode === 'navigate' || /^\/(habari\/|ukurasa\/|tafuta)/.test(url.pathname)),
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
 * vite-plugin-pwa, writing the service worker once: after the pages are prerendered (plugins/build-site.ts),
 * when its precache can hold the prerendered `/` and offline page. The plugin's own run at bundle close
 * would write a worker that is thrown away seconds later, at a cost of seconds and hundreds of megabytes.
 */
export function pwaPlugins(): Plugin[] {
  return VitePWA(pwaOptions).map((plugin) =>
    plugin.name === 'vite-plugin-pwa:build' ? { ...plugin, closeBundle: undefined } : plugin,
  );
}
