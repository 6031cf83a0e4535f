import { paths } from '../app/paths.ts';
import { homeText } from '../i18n/home-text.ts';
import { useText } from '../i18n/use-message.ts';
import { LocalizedLink } from './localized-link.tsx';
import { SectionText } from './ui-text.tsx';

/** Previous / next links between pages of the headline list; nothing when there is one page. */
export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const t = useText(homeText);
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pagination')} className="pagination">
      {page > 1 ? (
        <LocalizedLink to={paths.listPage(page - 1)} rel="prev">
          ← <SectionText section={homeText} id="previousPage" />
        </LocalizedLink>
      ) : (
        <span />
      )}
      <span className="pagination__where">
        <SectionText section={homeText} id="pageOf" values={{ page, pageCount }} />
      </span>
      {page < pageCount ? (
        <LocalizedLink to={paths.listPage(page + 1)} rel="next">
          <SectionText section={homeText} id="nextPage" /> →
        </LocalizedLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
