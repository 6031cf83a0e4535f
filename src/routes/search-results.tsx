import { useSuspenseQuery } from '@tanstack/react-query';
import { startTransition, useState } from 'react';
import { searchQuery } from '../api/search-query.ts';
import { PostLink } from '../components/post-link.tsx';
import { PostMeta } from '../components/post-meta.tsx';
import type { SearchOrder } from '../search/search-index.ts';
import { SectionText } from '../components/ui-text.tsx';
import { useLanguage } from '../i18n/language.tsx';
import { searchText } from '../i18n/search-text.ts';
import type { SearchCard } from '../search/search-engine.ts';
import type { Highlighted } from '../search/highlight.ts';

/** Results shown at first, and added by each press of "Show more". */
const STEP = 10;

/** The articles that match a query, best or newest first, each with its date, the matching words marked. */
export function SearchResults({ query, order }: { query: string; order: SearchOrder }) {
  const [shown, setShown] = useState(STEP);
  const { data: answer } = useSuspenseQuery(searchQuery(query, shown, order));
  const { total } = answer;
  return (
    <>
      <p role="status" className="search-page__count">
        {total === 0 ? (
          <SectionText section={searchText} id="noResults" values={{ query }} />
        ) : (
          <SectionText
            section={searchText}
            id={total === 1 ? 'resultsOne' : 'resultsMany'}
            values={{ query, count: total }}
          />
        )}
      </p>
      <ol className="headline-list">
        {answer.cards.map((card) => (
          <SearchResult key={card.slug} card={card} />
        ))}
      </ol>
      {answer.more && (
        <button
          type="button"
          className="button"
          // The results shown stay on screen while the next ones load.
          onClick={() => startTransition(() => setShown((count) => count + STEP))}
        >
          <SectionText section={searchText} id="showMore" />
        </button>
      )}
    </>
  );
}

function SearchResult({ card }: { card: SearchCard }) {
  const { lang } = useLanguage();
  const english = lang === 'en' ? card.en : null;
  return (
    <li className="headline-item">
      <h2 className="headline-item__title">
        <PostLink slug={card.slug} listItem>
          <span lang={english ? 'en' : 'sw'}>
            <Marked text={english ?? card.sw} />
          </span>
        </PostLink>
      </h2>
      <PostMeta date={card.date} swahiliOnly={card.en === null} />
      {card.standfirst && (
        <p className="headline-item__standfirst" lang="sw">
          <Marked text={card.standfirst} />
        </p>
      )}
    </li>
  );
}

/** Plain and matched pieces by turns, the matches as <mark>: React text nodes, never HTML. */
function Marked({ text }: { text: Highlighted }) {
  return <>{text.map((piece, index) => (index % 2 === 1 ? <mark key={index}>{piece}</mark> : piece))}</>;
}
