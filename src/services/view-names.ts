// The views a page can show, by name, with the source module of each as Vite's build manifest names it (for
// <link rel="modulepreload">). Below the routes, so the embedded state and the build can name a view without
// importing it.
export const VIEW_MODULES = {
  list: 'src/routes/home-route.tsx',
  article: 'src/routes/article-route.tsx',
  'article-view': 'src/components/article-view.tsx',
  search: 'src/routes/search-route.tsx',
  date: 'src/routes/date-route.tsx',
  offline: 'src/components/offline-view.tsx',
  'headline-only': 'src/components/headline-only-view.tsx',
  'not-found': 'src/components/not-found-view.tsx',
} as const;

export type ViewName = keyof typeof VIEW_MODULES;
