import { useId } from 'react';
import { paths } from '../services/paths.ts';
import type { MonthSummary } from '../content/site-json.ts';
import { archiveText } from '../i18n/archive-text.ts';
import { formatMonth } from '../i18n/format-date.ts';
import { useLanguage } from '../i18n/language.tsx';
import { ArticleCount } from './article-count.tsx';
import { BilingualText } from './bilingual-text.tsx';
import { LocalizedLink } from './localized-link.tsx';
import { SectionText } from './ui-text.tsx';

/** The newest months of the archive, each with how many articles it has: the front page's way to older news. */
export function ArchiveMonths({ months }: { months: readonly MonthSummary[] }) {
  const headingId = useId();
  const { lang } = useLanguage();
  if (months.length === 0) return null;
  return (
    <nav aria-labelledby={headingId} className="panel">
      <h2 id={headingId} className="panel__title">
        <SectionText section={archiveText} id="archive" reserveBoth={false} />
      </h2>
      <ul className="panel__list panel__list--plain">
        {months.map(({ month, articles }) => (
          <li key={month}>
            <LocalizedLink to={paths.month(month)}>
              <BilingualText sw={formatMonth(month, 'sw')} en={formatMonth(month, 'en')} active={lang} />
            </LocalizedLink>{' '}
            <ArticleCount articles={articles} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
