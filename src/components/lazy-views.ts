// The views a route falls back to (not found, a popular post without its article), each in its own chunk so a
// page that never shows them never downloads them. Here, below the routes, so a route can name them.
import { lazyView } from '../services/lazy-view.ts';

export const HeadlineOnlyView = lazyView(() =>
  import('./headline-only-view.tsx').then((module) => module.HeadlineOnlyView),
);
export const NotFoundView = lazyView(() =>
  import('./not-found-view.tsx').then((module) => module.NotFoundView),
);
