// How the client bundle is cut. Everything goes into the one entry chunk (the app shell, and any code two
// views share), except the modules only a lazily loaded view uses: those form that view's chunk. Without
// this, the bundler gives code shared by two views a chunk of its own, and every page pays for an extra
// request and a separately compressed file.

/** Modules used by one lazily loaded view only (see src/app/route-views.ts and the lazy() calls). */
const VIEW_ONLY = new RegExp(
  [
    'routes/(home-route|list-page-number|article-route|search-route|search-results)',
    'components/(headline-list|pagination|article-view|share-button|reading-time|describe-post|offline-view|saved-articles|headline-only-view|shortcuts-dialog|update-banner|reading-settings|headline-mode-switch|theme-switch|text-size-control|toggle-chip)',
    'app/(keyboard-actions|use-theme)',
    'api/(index-page-query|popular-query|search-index-query)',
    'search/',
    'i18n/(home|article|search|offline|shortcuts|update|headline-only)-text',
  ]
    .map((pattern) => `src/${pattern}`)
    .join('|'),
);

export const entryChunkGroup = {
  name: 'app',
  test: (id: string) => !VIEW_ONLY.test(id.split('\\').join('/')),
};
