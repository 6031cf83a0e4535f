import { paths } from '../services/paths.ts';
import type { IndexPageJson } from '../content/site-json.ts';
import { homeText } from '../i18n/home-text.ts';
import { useText } from '../i18n/use-message.ts';
import { LocalizedLink } from './localized-link.tsx';
import { SectionText } from './ui-text.tsx';

/** Links to the next newer and next older pages of the list; nothing when there are none. */
export function Pagination({ page }: { page: IndexPageJson }) {
  const t = useText(homeText);
  if (page.newer === null && page.older === null) return null;
  return (
    <nav aria-label={t('pagination')} className="pagination">
      {page.newer !== null ? (
        <LocalizedLink to={paths.listPage(page.newer)} rel="prev">
          ← <SectionText section={homeText} id="newerPage" />
        </LocalizedLink>
      ) : (
        <span />
      )}
      {page.page !== null ? (
        <span className="pagination__where">
          <SectionText section={homeText} id="pageNumber" values={{ page: page.page }} />
        </span>
      ) : (
        <span />
      )}
      {page.older !== null ? (
        <LocalizedLink to={paths.listPage(page.older)} rel="next">
          <SectionText section={homeText} id="olderPage" /> →
        </LocalizedLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
