import { paths } from '../app/paths.ts';
import { useMessage } from '../i18n/use-message.ts';
import { LocalizedLink } from './localized-link.tsx';
import { UiText } from './ui-text.tsx';

/** Previous / next links between pages of the headline list; nothing when there is one page. */
export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const t = useMessage();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pagination')} className="pagination">
      {page > 1 ? (
        <LocalizedLink to={paths.listPage(page - 1)} rel="prev">
          ← <UiText id="previousPage" />
        </LocalizedLink>
      ) : (
        <span />
      )}
      <span className="pagination__where">
        <UiText id="pageOf" values={{ page, pageCount }} />
      </span>
      {page < pageCount ? (
        <LocalizedLink to={paths.listPage(page + 1)} rel="next">
          <UiText id="nextPage" /> →
        </LocalizedLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
