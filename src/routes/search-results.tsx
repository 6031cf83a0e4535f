import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { searchIndexQuery } from '../api/search-index-query.ts';
import { PostLink } from '../components/post-link.tsx';
import { SectionText } from '../components/ui-text.tsx';
import { searchText } from '../i18n/search-text.ts';
import { headlineIn } from '../i18n/headline-in.ts';
import { useLanguage } from '../i18n/language.tsx';
import { HighlightedText } from '../search/highlighted-text.tsx';
import { searchIndex } from '../search/search-index.ts';
import { tokenize } from '../search/tokenize.ts';

const SHOWN = 50;

/** The posts that match a query, best first, with the matching words marked. */
export function SearchResults({ query }: { query: string }) {
  const { lang } = useLanguage();
  const { data: index } = useSuspenseQuery(searchIndexQuery());
  const { hits, total } = useMemo(() => searchIndex(index, query, SHOWN), [index, query]);
  const words = useMemo(() => [...new Set(tokenize(query))], [query]);

  return (
    <>
      <p role="status" className="search-page__count">
        {total === 0 ? (
          <SectionText section={searchText} id="noResults" values={{ query }} />
        ) : (
          <>
            <SectionText
              section={searchText}
              id={total === 1 ? 'resultsOne' : 'resultsMany'}
              values={{ query, count: total }}
            />
            {total > SHOWN && (
              <>
                {' '}
                <SectionText section={searchText} id="showingFirst" values={{ shown: SHOWN }} />
              </>
            )}
          </>
        )}
      </p>
      <ol className="headline-list">
        {hits.map(({ doc }) => {
          const headlineLang = lang === 'en' && doc.headline.en !== null ? 'en' : 'sw';
          const summary = doc.standfirst ?? doc.excerpt;
          return (
            <li key={doc.slug} className="headline-item">
              <h2 className="headline-item__title">
                <PostLink slug={doc.slug} listItem>
                  <span lang={headlineLang}>
                    <HighlightedText text={headlineIn(doc.headline, lang)} words={words} />
                  </span>
                </PostLink>
              </h2>
              {summary && (
                <p className="headline-item__standfirst" lang="sw">
                  <HighlightedText text={summary} words={words} />
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
