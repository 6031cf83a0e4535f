// A published date (src/seeds/seed-date.ts) as a reader reads it, in Swahili or English: `Jumamosi, 28 Novemba
// 2026, saa 3:30 asubuhi` / `Saturday, 28 November 2026, 9:30 am`. The newsroom's own time, as the date carries
// it. Plain arithmetic on the date's digits, no Intl: the page prerendered in Node and the page hydrated in any
// browser print exactly the same text.
import type { Language } from '../content/site-json.ts';
import { dateText } from './date-text.ts';
import { textIn } from './text-section.ts';

/** `2026-11-28` of `2026-11-28T09:30+03:00`: the day, as the archive's day pages name it. */
export const dayOf = (date: string) => date.slice(0, 10);

const word = (lang: Language, list: 'months' | 'weekdays', at: number) =>
  dateText[lang][list].split(' ')[at] as string;

/** The part of the day an hour falls in: the last that starts at or before it. */
function period(lang: Language, hour: number): string {
  let found = '';
  for (const part of dateText[lang].periods.split(' '))
    if (parseInt(part) <= hour) found = part.replace(/^\d+/, '');
  return found;
}

/** `Jumamosi, 28 Novemba 2026`, of a date or a day. */
export function formatDay(date: string, lang: Language): string {
  const [year, month, day] = dayOf(date).split('-').map(Number) as [number, number, number];
  return textIn(dateText, lang, 'day', {
    weekday: word(lang, 'weekdays', new Date(Date.UTC(year, month - 1, day)).getUTCDay()),
    day,
    month: word(lang, 'months', month - 1),
    year,
  });
}

/** `Novemba 2026`, of a month (`2026-11`). */
export function formatMonth(month: string, lang: Language): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return textIn(dateText, lang, 'month', { month: word(lang, 'months', number - 1), year });
}

/** `saa 3:30 asubuhi` / `9:30 am`; empty for a date without a time. */
export function formatTime(date: string, lang: Language): string {
  if (date.length <= 10) return '';
  const hour = Number(date.slice(11, 13));
  // Twelve hours to a part of the day: Swahili time counts them from 7:00 (saa 1) and 19:00, English from 1:00.
  return textIn(dateText, lang, 'time', {
    hour: ((hour + Number(dateText[lang].hourShift)) % 12) + 1,
    minute: date.slice(14, 16),
    period: period(lang, hour),
  });
}

/** The date, with its time when it has one. */
export function formatPublished(date: string, lang: Language): string {
  const day = formatDay(date, lang);
  if (date.length <= 10) return day;
  return textIn(dateText, lang, 'dateAndTime', { date: day, time: formatTime(date, lang) });
}
