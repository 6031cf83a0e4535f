// The views a URL can show, each in its own chunk: a page loads the app shell and its own view only.
// The prerender preloads them all and renders them synchronously.
import { lazyView } from './lazy-view.ts';

export const HomeRoute = lazyView(() =>
  import('../routes/home-route.tsx').then((module) => module.HomeRoute),
);
export const ArticleRoute = lazyView(() =>
  import('../routes/article-route.tsx').then((module) => module.ArticleRoute),
);
export const DateRoute = lazyView(() =>
  import('../routes/date-route.tsx').then((module) => module.DateRoute),
);
export const SearchRoute = lazyView(() =>
  import('../routes/search-route.tsx').then((module) => module.SearchRoute),
);
export const OfflineView = lazyView(() =>
  import('../components/offline-view.tsx').then((module) => module.OfflineView),
);
export const HeadlineOnlyView = lazyView(() =>
  import('../components/headline-only-view.tsx').then((module) => module.HeadlineOnlyView),
);
export const NotFoundView = lazyView(() =>
  import('../components/not-found-view.tsx').then((module) => module.NotFoundView),
);

/** Source module of each view, as Vite's build manifest names it, for <link rel="modulepreload">. */
export const VIEW_MODULES = {
  list: 'src/routes/home-route.tsx',
  article: 'src/routes/article-route.tsx',
  search: 'src/routes/search-route.tsx',
  date: 'src/routes/date-route.tsx',
  offline: 'src/components/offline-view.tsx',
  'headline-only': 'src/components/headline-only-view.tsx',
  'not-found': 'src/components/not-found-view.tsx',
} as const;

export type ViewName = keyof typeof VIEW_MODULES;

const VIEWS = {
  list: HomeRoute,
  article: ArticleRoute,
  search: SearchRoute,
  date: DateRoute,
  offline: OfflineView,
  'headline-only': HeadlineOnlyView,
  'not-found': NotFoundView,
};

/** Loads views ahead of rendering: all of them for the prerender; in the browser, the ones the prerendered
 * page shows, so hydration meets them ready instead of suspending (which would swap the page for a
 * loading state the moment the reader's language applies). */
export function preloadRouteViews(
  names: readonly ViewName[] = Object.keys(VIEWS) as ViewName[],
): Promise<unknown> {
  return Promise.all(names.map((name) => VIEWS[name].preload()));
}
