// Renders one route of the app to HTML at build time, with the page's meta and the query state it hydrates from.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { App } from '../app/app.tsx';
import { AppProviders } from '../app/app-providers.tsx';
import { serializeEmbeddedState, type EmbeddedQuery } from '../services/embedded-state.ts';
import { PageMetaCollectorContext, type PageMeta } from '../services/page-meta.tsx';
import { createQueryClient } from '../app/query-client.ts';
import type { ViewName } from '../services/view-names.ts';
import { pageQueries, type PageData } from './page-data.ts';

export interface RenderedPage {
  appHtml: string;
  meta: PageMeta;
  stateJson: string;
}

export function renderPage(path: string, data: PageData, views: ViewName[] = []): RenderedPage {
  const queryClient = createQueryClient();
  const queries = pageQueries(data);
  for (const [key, value] of queries) queryClient.setQueryData(key, value);
  const view = data.kind === 'not-found' || data.kind === 'offline' ? data.kind : null;
  let meta: PageMeta | null = null;
  const collect = (collected: PageMeta) => {
    meta = collected;
  };
  const appHtml = renderToString(
    <StrictMode>
      <PageMetaCollectorContext.Provider value={collect}>
        <AppProviders queryClient={queryClient}>
          <StaticRouter location={path}>
            <App staticView={view ? { path, view } : null} />
          </StaticRouter>
        </AppProviders>
      </PageMetaCollectorContext.Provider>
    </StrictMode>,
  );
  if (!meta) throw new Error(`Prerendering ${path} gave no page meta: did its data load?`);
  // React marks a boundary it could not render on the server (a view not preloaded, data not in the cache);
  // a prerendered page must hold its full content.
  if (appHtml.includes('<!--$!-->') || appHtml.includes('<!--$?-->')) {
    throw new Error(
      `Prerendering ${path} left part of the page to the browser: a view or its data was not ready`,
    );
  }
  // An article's paragraphs are in the page already: the state does not carry them twice.
  const bodyInPage = data.kind === 'post' && data.post.body.length > 0;
  const stateJson = serializeEmbeddedState({
    queries: bodyInPage
      ? queries.map(([key, value]): EmbeddedQuery => [key, { ...(value as object), body: [] }])
      : queries,
    view,
    views,
    ...(bodyInPage ? { bodyInPage: true as const } : {}),
  });
  queryClient.clear();
  return { appHtml, meta, stateJson };
}
