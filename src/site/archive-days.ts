// The archive by day: the days that have articles, each with its articles, and the months they fall in, from the
// articles' published dates (src/seeds/seed-date.ts). A day's page lists its articles newest first, 50 to a page,
// with links to the days before and after that have articles; a month's page lists its days and how many
// articles each has. Adding an article changes its day and its month only, and the neighbouring day's link when
// it opens a new day.
import { HEADLINES_PER_PAGE } from '../content/data-files.ts';
import type { DayPageJson, MonthJson, MonthSummary, PostSummary } from '../content/site-json.ts';
import { dayOf } from '../i18n/format-date.ts';

export interface ArchiveDay {
  /** `2026-11-28`. */
  day: string;
  /** Its articles' positions in publication order, oldest first. */
  positions: number[];
}

export interface ArchiveMonth {
  /** `2026-11`. */
  month: string;
  days: ArchiveDay[];
}

export interface ArchiveCalendar {
  /** Every day that has an article, oldest first. */
  days: ArchiveDay[];
  months: ArchiveMonth[];
}

/** The calendar of the archive, from each article's date (in publication order); undated articles are in no day. */
export function archiveCalendar(dates: ReadonlyArray<string | null>): ArchiveCalendar {
  const byDay = new Map<string, number[]>();
  dates.forEach((date, position) => {
    if (date === null) return;
    const day = dayOf(date);
    let positions = byDay.get(day);
    if (!positions) byDay.set(day, (positions = []));
    positions.push(position);
  });
  const days = [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, positions]) => ({ day, positions }));
  const months: ArchiveMonth[] = [];
  for (const day of days) {
    const month = day.day.slice(0, 7);
    if (months.at(-1)?.month !== month) months.push({ month, days: [] });
    months.at(-1)?.days.push(day);
  }
  return { days, months };
}

export function dayPageCount(day: ArchiveDay): number {
  return Math.max(1, Math.ceil(day.positions.length / HEADLINES_PER_PAGE));
}

/** The positions page `page` of a day holds: its articles newest first, 50 a page. */
export function dayPagePositions(day: ArchiveDay, page: number): number[] {
  const end = day.positions.length - (page - 1) * HEADLINES_PER_PAGE;
  return day.positions.slice(Math.max(0, end - HEADLINES_PER_PAGE), Math.max(0, end)).reverse();
}

/** Page `page` (1 is the newest) of the day at `at` in the calendar. */
export function dayPage(
  calendar: ArchiveCalendar,
  at: number,
  page: number,
  summaryAt: (position: number) => PostSummary,
): DayPageJson {
  const day = calendar.days[at] as ArchiveDay;
  return {
    day: day.day,
    page,
    pages: dayPageCount(day),
    previous: calendar.days[at - 1]?.day ?? null,
    next: calendar.days[at + 1]?.day ?? null,
    posts: dayPagePositions(day, page).map((position) => summaryAt(position)),
  };
}

/** The month at `at` in the calendar: its days and how many articles each has, with the months either side. */
export function monthPage(calendar: ArchiveCalendar, at: number): MonthJson {
  const month = calendar.months[at] as ArchiveMonth;
  return {
    month: month.month,
    days: month.days.map((day) => ({ day: day.day, articles: day.positions.length })),
    previous: calendar.months[at - 1]?.month ?? null,
    next: calendar.months[at + 1]?.month ?? null,
  };
}

/** The newest months and how many articles each has, newest first: the front page's way into the archive. */
export function recentMonths(calendar: ArchiveCalendar, count = 12): MonthSummary[] {
  return calendar.months
    .slice(-count)
    .reverse()
    .map((month) => ({
      month: month.month,
      articles: month.days.reduce((sum, day) => sum + day.positions.length, 0),
    }));
}
