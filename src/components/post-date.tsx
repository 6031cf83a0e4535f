// When a post was published, as a <time> in the reader's language. Both languages share one cell, as every
// bilingual text does, so applying the reader's language never moves the page; and each is formatted by plain
// arithmetic (src/i18n/format-date.ts), so the prerendered and the hydrated page read alike.
import { paths } from '../services/paths.ts';
import { useLanguage } from '../i18n/language.tsx';
import { dayOf, formatDay, formatPublished, formatTime } from '../i18n/format-date.ts';
import { BilingualText } from './bilingual-text.tsx';
import { LocalizedLink } from './localized-link.tsx';

interface PostDateProps {
  date: string;
  /** What to show: the date with its time (the default), the day alone, or the time alone. */
  show?: 'published' | 'day' | 'time';
  /** The date leads to its day of the archive. */
  linked?: boolean;
}

const FORMATS = { published: formatPublished, day: formatDay, time: formatTime };

export function PostDate({ date, show = 'published', linked = false }: PostDateProps) {
  const { lang } = useLanguage();
  const format = FORMATS[show];
  const time = (
    <time dateTime={show === 'day' ? dayOf(date) : date}>
      <BilingualText sw={format(date, 'sw')} en={format(date, 'en')} active={lang} />
    </time>
  );
  return linked ? <LocalizedLink to={paths.day(dayOf(date))}>{time}</LocalizedLink> : time;
}
