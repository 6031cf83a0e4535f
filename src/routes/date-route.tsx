// `/tarehe/2026-11-28` (and `/2`, … when a day has more than 50 articles): a day of the archive, its articles
// newest first, with the days before and after that have articles. `/tarehe/2026-11`: a month, its days and how
// many articles each has. Both prerendered (src/site/archive-days.ts); anything else is not found.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useParams } from 'react-router-dom';
import { dayPageQuery, monthQuery } from '../api/archive-queries.ts';
import { usePageMeta } from '../services/page-meta.tsx';
import { paths } from '../services/paths.ts';
import { NotFoundView } from '../components/lazy-views.ts';
import { ArticleCount } from '../components/article-count.tsx';
import { BilingualText } from '../components/bilingual-text.tsx';
import { HeadlineItems } from '../components/headline-items.tsx';
import { LocalizedLink } from '../components/localized-link.tsx';
import { PostDate } from '../components/post-date.tsx';
import { SectionText } from '../components/ui-text.tsx';
import type { DayPageJson, Language, MonthJson } from '../content/site-json.ts';
import { archiveText } from '../i18n/archive-text.ts';
import { formatDay, formatMonth } from '../i18n/format-date.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useText } from '../i18n/use-message.ts';
import { textIn } from '../i18n/text-section.ts';
import { parseListPageNumber } from './list-page-number.ts';
import { RouteBoundary } from './route-boundary.tsx';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

export function DateRoute() {
  const { date = '', page: rawPage } = useParams();
  const page = rawPage === undefined ? 1 : parseListPageNumber(rawPage);
  // Page 1 of a day is the day's own address.
  if (page === null || rawPage === '1') return <NotFoundView />;
  if (DAY.test(date)) {
    return (
      <RouteBoundary>
        <DayPage day={date} page={page} />
      </RouteBoundary>
    );
  }
  if (MONTH.test(date) && rawPage === undefined) {
    return (
      <RouteBoundary>
        <MonthPage month={date} />
      </RouteBoundary>
    );
  }
  return <NotFoundView />;
}

/** A text of the archive's strings with a date filled in, in both languages, formatted for each. */
function DatedText({
  id,
  values,
}: {
  id: keyof typeof archiveText.sw;
  values: (lang: Language) => Record<string, string>;
}) {
  const { lang } = useLanguage();
  return (
    <BilingualText
      sw={textIn(archiveText, 'sw', id, values('sw'))}
      en={textIn(archiveText, 'en', id, values('en'))}
      active={lang}
    />
  );
}

function DayPage({ day, page }: { day: string; page: number }) {
  const { data } = useSuspenseQuery(dayPageQuery(day, page));
  return data ? <DayContent data={data} /> : <NotFoundView />;
}

function DayContent({ data }: { data: DayPageJson }) {
  const t = useText(archiveText);
  const { lang } = useLanguage();
  const headingId = useId();
  const month = data.day.slice(0, 7);
  usePageMeta({
    title: `${t('dayTitle', { day: formatDay(data.day, lang) })}: Habari`,
    description: t('dayDescription', { day: formatDay(data.day, lang) }),
    path: paths.day(data.day, data.page),
    type: 'website',
  });
  return (
    <section aria-labelledby={headingId} className="headlines">
      <h1 id={headingId}>
        <DatedText id="dayTitle" values={(language) => ({ day: formatDay(data.day, language) })} />
      </h1>
      <p className="archive-up">
        <LocalizedLink to={paths.month(month)}>
          <DatedText id="wholeMonth" values={(language) => ({ month: formatMonth(month, language) })} />
        </LocalizedLink>
      </p>
      <HeadlineItems posts={data.posts} level={2} timeOnly />
      {data.pages > 1 && (
        <nav aria-label={t('pagesOfDay')} className="pagination">
          {data.page > 1 ? (
            <LocalizedLink to={paths.day(data.day, data.page - 1)} rel="prev">
              ← <SectionText section={archiveText} id="newerPage" />
            </LocalizedLink>
          ) : (
            <span />
          )}
          <span className="pagination__where">
            <SectionText section={archiveText} id="pageOf" values={{ page: data.page, pages: data.pages }} />
          </span>
          {data.page < data.pages ? (
            <LocalizedLink to={paths.day(data.day, data.page + 1)} rel="next">
              <SectionText section={archiveText} id="olderPage" /> →
            </LocalizedLink>
          ) : (
            <span />
          )}
        </nav>
      )}
      <nav aria-label={t('otherDays')} className="pagination">
        {data.previous ? (
          <LocalizedLink to={paths.day(data.previous)}>
            ← <PostDate date={data.previous} show="day" />
          </LocalizedLink>
        ) : (
          <span />
        )}
        {data.next ? (
          <LocalizedLink to={paths.day(data.next)}>
            <PostDate date={data.next} show="day" /> →
          </LocalizedLink>
        ) : (
          <span />
        )}
      </nav>
    </section>
  );
}

function MonthPage({ month }: { month: string }) {
  const { data } = useSuspenseQuery(monthQuery(month));
  return data ? <MonthContent data={data} /> : <NotFoundView />;
}

function MonthContent({ data }: { data: MonthJson }) {
  const t = useText(archiveText);
  const { lang } = useLanguage();
  const headingId = useId();
  usePageMeta({
    title: `${t('monthTitle', { month: formatMonth(data.month, lang) })}: Habari`,
    description: t('monthDescription', { month: formatMonth(data.month, lang) }),
    path: paths.month(data.month),
    type: 'website',
  });
  return (
    <section aria-labelledby={headingId} className="archive-month">
      <h1 id={headingId}>
        <DatedText id="monthTitle" values={(language) => ({ month: formatMonth(data.month, language) })} />
      </h1>
      <ol className="archive-days">
        {data.days.map(({ day, articles }) => (
          <li key={day}>
            <LocalizedLink to={paths.day(day)} data-list-item="">
              <PostDate date={day} show="day" />
            </LocalizedLink>{' '}
            <ArticleCount articles={articles} />
          </li>
        ))}
      </ol>
      <nav aria-label={t('otherMonths')} className="pagination">
        {data.previous ? (
          <LocalizedLink to={paths.month(data.previous)}>
            ←{' '}
            <DatedText
              id="monthTitle"
              values={(language) => ({ month: formatMonth(data.previous ?? '', language) })}
            />
          </LocalizedLink>
        ) : (
          <span />
        )}
        {data.next ? (
          <LocalizedLink to={paths.month(data.next)}>
            <DatedText
              id="monthTitle"
              values={(language) => ({ month: formatMonth(data.next ?? '', language) })}
            />{' '}
            →
          </LocalizedLink>
        ) : (
          <span />
        )}
      </nav>
    </section>
  );
}
