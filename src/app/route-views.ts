// The views a URL can show, each in its own chunk: a page loads the app shell and its own view only.
// The prerender preloads them all and renders them synchronously.
import { ArticleView, HeadlineOnlyView, NotFoundView } from '../components/lazy-views.ts';
import { lazyView } from '../services/lazy-view.ts';
import type { ViewName } from '../services/view-names.ts';

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

export { HeadlineOnlyView, NotFoundView };

const VIEWS: Record<ViewName, { preload: () => Promise<unknown> }> = {
  list: HomeRoute,
  article: ArticleRoute,
  'article-view': ArticleView,
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
