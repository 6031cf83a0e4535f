import { describe, expect, it } from 'vitest';
import { slugs, summaryAt } from '../../tests/support/post-summaries.ts';
import { archiveCalendar, dayPage, monthPage, recentMonths } from './archive-days.ts';

describe('the archive by day', () => {
  // In publication order: an undated article first, then three days over two months, one of 120 articles.
  const dates = [
    null,
    '2026-10-31T23:00+03:00',
    '2026-11-02',
    ...Array.from(
      { length: 120 },
      (_, i) => `2026-11-28T${String(6 + Math.floor(i / 10)).padStart(2, '0')}:0${i % 10}+03:00`,
    ),
  ];
  const calendar = archiveCalendar(dates);

  it('has a day for each date that has articles, oldest first, and its months; undated articles are in none', () => {
    expect(calendar.days.map((day) => [day.day, day.positions.length])).toEqual([
      ['2026-10-31', 1],
      ['2026-11-02', 1],
      ['2026-11-28', 120],
    ]);
    expect(calendar.months.map((month) => [month.month, month.days.map((day) => day.day)])).toEqual([
      ['2026-10', ['2026-10-31']],
      ['2026-11', ['2026-11-02', '2026-11-28']],
    ]);
  });

  it('lists a day’s articles newest first, 50 a page, with the days either side that have articles', () => {
    const first = dayPage(calendar, 2, 1, summaryAt);
    expect(first).toMatchObject({ day: '2026-11-28', page: 1, pages: 3, previous: '2026-11-02', next: null });
    expect(slugs(first).slice(0, 2)).toEqual(['habari-122', 'habari-121']);
    expect(first.posts).toHaveLength(50);
    const last = dayPage(calendar, 2, 3, summaryAt);
    expect(slugs(last).at(-1)).toBe('habari-3');
    expect(last.posts).toHaveLength(20);
    expect(dayPage(calendar, 0, 1, summaryAt)).toMatchObject({
      previous: null,
      next: '2026-11-02',
      pages: 1,
    });
  });

  it('gives a month its days and counts, the months either side, and the front page the newest months', () => {
    expect(monthPage(calendar, 1)).toEqual({
      month: '2026-11',
      days: [
        { day: '2026-11-02', articles: 1 },
        { day: '2026-11-28', articles: 120 },
      ],
      previous: '2026-10',
      next: null,
    });
    expect(recentMonths(calendar)).toEqual([
      { month: '2026-11', articles: 121 },
      { month: '2026-10', articles: 1 },
    ]);
    expect(recentMonths(calendar, 1)).toEqual([{ month: '2026-11', articles: 121 }]);
  });

  it('has no day at all for an undated archive', () => {
    expect(archiveCalendar([null, null])).toEqual({ days: [], months: [] });
  });
});
