// The line under a headline: when the post was published and, in English, that its headline is in Swahili
// only. Both languages share one cell and the line is one line in each, so a list reads evenly in either
// language and applying the reader's language moves nothing. A post without a date (or, under a heading that
// gives its day, without a time) has no line: in Swahili it would stand empty, and an English reader learns
// from the footer that such headlines stay in Swahili.
import { paths } from '../services/paths.ts';
import type { Language } from '../content/site-json.ts';
import { useLanguage } from '../i18n/language.tsx';
import { dayOf, formatPublished, formatTime } from '../i18n/format-date.ts';
import { message } from '../i18n/messages.ts';
import { BilingualText } from './bilingual-text.tsx';
import { LocalizedLink } from './localized-link.tsx';

interface PostMetaProps {
  /** When the post was published (PostSummary's `date`). */
  date: string | null;
  /** Its headline has no English. */
  swahiliOnly: boolean;
  /** The time alone, under a heading that already gives the day. */
  timeOnly?: boolean;
  /** The date leads to its day of the archive. */
  linked?: boolean;
}

export function PostMeta({ date, swahiliOnly, timeOnly = false, linked = false }: PostMetaProps) {
  const { lang } = useLanguage();
  if (date === null || (timeOnly && date.length <= 10)) return null;
  const format = timeOnly ? formatTime : formatPublished;
  const when = (language: Language) => {
    const time = <time dateTime={date}>{format(date, language)}</time>;
    return linked ? <LocalizedLink to={paths.day(dayOf(date))}>{time}</LocalizedLink> : time;
  };
  return (
    <p className="post-meta">
      <BilingualText
        sw={when('sw')}
        en={
          <>
            {when('en')}
            {swahiliOnly && ` · ${message('en', 'swahiliOnly')}`}
          </>
        }
        active={lang}
      />
    </p>
  );
}
