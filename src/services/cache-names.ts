// Names of the service worker's runtime caches: the worker fills them, the offline page reads them.
export const CACHE_NAMES = {
  pages: 'habari-pages',
  data: 'habari-data',
};
