// How the client bundle is cut. Everything goes into the one entry chunk (the app shell, and most code two
// views share), except the modules only a lazily loaded view uses: those form that view's chunk. Without
// this, the bundler gives code shared by two views a chunk of its own, and every page pays for an extra
// request and a separately compressed file. One such chunk is made on purpose: the lists of posts that the
// front page, articles and the offline page show, which the search and not-found pages never need.

/** Modules used by one lazily loaded view only (src/app/route-views.ts, src/components/lazy-views.ts, lazy()). */
const VIEW_ONLY = new RegExp(
  [
    'routes/(home-route|list-page-number|article-route|search-route|search-results|date-route)',
    'components/(not-found-view|headline-list|pagination|archive-months|article-view|share-button|reading-time|describe-post|offline-view|saved-articles|headline-only-view|shortcuts-dialog|update-banner|reading-settings|headline-mode-switch|theme-switch|text-size-control|toggle-chip)',
    '(app/keyboard-actions|services/use-theme)',
    'api/(index-page-query|popular-query|search-query|archive-queries)',
    'search/',
    'i18n/(home|article|search|offline|shortcuts|update|headline-only)-text',
  ]
    .map((pattern) => `src/${pattern}`)
    .join('|'),
);

/** The lists of posts (panels, headlines) that several views show, but not every page. */
const POST_LISTS =
  /src\/(components\/(posts-panel|post-link-list|headline-text|headline-items|post-date|article-count)|i18n\/(headline-in|archive-text)|content\/list-json-guards|api\/fetch-json)\./;

const normalized = (id: string) => id.split('\\').join('/');

// The entry's group goes first: it takes the libraries and the shell, so the post lists' group is left with
// the post lists alone (a group also takes what its modules import, unless a group before it took that).
export const chunkGroups = [
  {
    name: 'app',
    test: (id: string) => !VIEW_ONLY.test(normalized(id)) && !POST_LISTS.test(normalized(id)),
    priority: 2,
  },
  { name: 'post-lists', test: (id: string) => POST_LISTS.test(normalized(id)), priority: 1 },
];
