// The views a route chooses between (an article, a popular post without its article, not found), each in its own
// chunk so a page that never shows one never downloads it. Here, below the routes, so a route can name them.
import { lazyView } from '../services/lazy-view.ts';

export const ArticleView = lazyView(() => import('./article-view.tsx').then((module) => module.ArticleView));

export const HeadlineOnlyView = lazyView(() =>
  import('./headline-only-view.tsx').then((module) => module.HeadlineOnlyView),
);
export const NotFoundView = lazyView(() =>
  import('./not-found-view.tsx').then((module) => module.NotFoundView),
);
