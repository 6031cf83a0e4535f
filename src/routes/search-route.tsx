import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePageMeta } from '../services/page-meta.tsx';
import { paths } from '../services/paths.ts';
import { useHydrated } from '../services/stored-preference.ts';
import { SectionText } from '../components/ui-text.tsx';
import { searchText } from '../i18n/search-text.ts';
import { useText } from '../i18n/use-message.ts';
import { RouteBoundary } from './route-boundary.tsx';
import { SearchResults } from './search-results.tsx';
import { LoadErrorView } from '../components/load-error-view.tsx';
import { LocalizedLink } from '../components/localized-link.tsx';
import type { SearchOrder } from '../search/search-index.ts';

/** Offline, a search can answer only from shards fetched before; say so rather than "could not load". */
function searchErrorView(retry: () => void) {
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  return (
    <LoadErrorView
      onRetry={retry}
      message={offline ? <SectionText section={searchText} id="offline" /> : undefined}
    />
  );
}

const MAX_QUERY = 200;

/** `/tafuta?q=…`: prerendered empty (the query is not known at build time) and filled in the browser.
 * This view, the search code and the index load only when someone searches. */
export function SearchRoute() {
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const t = useText(searchText);
  const headingId = useId();
  const query = hydrated ? (params.get('q') ?? '').trim().slice(0, MAX_QUERY) : '';
  const order: SearchOrder = params.get('sort') === 'new' ? 'new' : 'best';
  usePageMeta({
    title: query ? t('pageTitle', { query }) : `${t('heading')}: Habari`,
    description: t('description'),
    path: paths.search(),
    type: 'website',
  });
  return (
    <section aria-labelledby={headingId} className="search-page">
      <h1 id={headingId}>
        <SectionText section={searchText} id="heading" />
      </h1>
      {query === '' ? (
        <p>
          <SectionText section={searchText} id="prompt" />
        </p>
      ) : (
        <>
          <nav aria-label={t('order')} className="search-order">
            {(['best', 'new'] as const).map((choice) => (
              <LocalizedLink
                key={choice}
                to={paths.search(query, choice)}
                aria-current={choice === order ? 'true' : undefined}
                className="search-order__choice"
              >
                <SectionText section={searchText} id={choice === 'new' ? 'orderNew' : 'orderBest'} />
              </LocalizedLink>
            ))}
          </nav>
          <RouteBoundary dataErrorView={searchErrorView} resetKey={`${order} ${query}`}>
            <SearchResults key={`${order} ${query}`} query={query} order={order} />
          </RouteBoundary>
        </>
      )}
    </section>
  );
}
