import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, momentOf, seedDate, timeZoneProblem } from './seed-date.ts';

const NAIROBI = DEFAULT_TIME_ZONE;
const LONDON = 'Europe/London';

describe('the date in a seed’s name', () => {
  it.each([
    ['2026-11-28_mvua-kubwa.txt', NAIROBI, '2026-11-28'],
    ['2026-11-28T0930_mvua-kubwa.txt', NAIROBI, '2026-11-28T09:30+03:00'],
    ['2026-11-28T0000_usiku.txt', NAIROBI, '2026-11-28T00:00+03:00'],
    ['2026-11-28T2359_usiku.txt', NAIROBI, '2026-11-28T23:59+03:00'],
    ['2026-11-28.txt', NAIROBI, '2026-11-28'],
    ['2026-11-28-jekyll-style.txt', NAIROBI, '2026-11-28'],
    ['2024-02-29_leap-year.txt', NAIROBI, '2024-02-29'],
    // A zone with summer time: the offset is the one in force on that day.
    ['2026-07-01T1200_summer.txt', LONDON, '2026-07-01T12:00+01:00'],
    ['2026-12-01T1200_winter.txt', LONDON, '2026-12-01T12:00+00:00'],
    // The night the clocks go back, 01:30 happens twice: the first, in summer time.
    ['2026-10-25T0130_twice.txt', LONDON, '2026-10-25T01:30+01:00'],
    ['2026-10-25T0300_after.txt', LONDON, '2026-10-25T03:00+00:00'],
    ['2026-11-28T0930_india.txt', 'Asia/Kolkata', '2026-11-28T09:30+05:30'],
    ['2026-11-28T0930_new-york.txt', 'America/New_York', '2026-11-28T09:30-05:00'],
  ])('reads %s in %s as %s', (name, zone, date) => {
    expect(seedDate(name, zone)).toEqual({ ok: true, date });
  });

  it.each([['000_7feea9ddb087cc41.txt'], ['mvua-kubwa.txt'], ['20261128_no-dashes.txt'], ['2026-1-28_short.txt']])(
    'gives %s no date: it does not start with one',
    (name) => {
      expect(seedDate(name, NAIROBI)).toEqual({ ok: true, date: null });
    },
  );

  it.each([
    ['2026-02-30_x.txt', '2026-02-30 is not a date'],
    ['2025-02-29_x.txt', '2025-02-29 is not a date'],
    ['2026-13-01_x.txt', '2026-13-01 is not a date'],
    ['2026-00-10_x.txt', '2026-00-10 is not a date'],
    ['2026-11-28T2575_x.txt', '2575 is not a time of day (0000 to 2359)'],
    ['2026-11-28T2400_x.txt', '2400 is not a time of day (0000 to 2359)'],
    ['2026-11-28T930_x.txt', 'the name starts like a date but is not one'],
    ['2026-11-28abc.txt', 'the name starts like a date but is not one'],
  ])('rejects %s: %s, and says what a valid name looks like', (name, message) => {
    const result = seedDate(name, NAIROBI);
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.message;
    expect(text.startsWith(message)).toBe(true);
    expect(text).toContain('YYYY-MM-DDTHHMM');
    expect(text).toContain('2026-11-28T0930_mvua-kubwa.txt');
  });

  it('rejects a time the clocks skip in the site’s zone', () => {
    const result = seedDate('2026-03-29T0130_skipped.txt', LONDON);
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? '' : result.message).toMatch(/^2026-03-29 01:30 does not exist in Europe\/London/);
    expect(seedDate('2026-03-29T0130_skipped.txt', NAIROBI)).toEqual({ ok: true, date: '2026-03-29T01:30+03:00' });
  });

  it('makes a date without a time its local midnight, for feeds and sitemaps', () => {
    expect(momentOf('2026-11-28', NAIROBI)).toBe('2026-11-28T00:00+03:00');
    expect(momentOf('2026-07-01', LONDON)).toBe('2026-07-01T00:00+01:00');
    expect(momentOf('2026-11-28T09:30+03:00', LONDON)).toBe('2026-11-28T09:30+03:00');
  });

  it('knows a time zone from a name that is not one', () => {
    expect(timeZoneProblem(NAIROBI)).toBeNull();
    expect(timeZoneProblem('Europe/London')).toBeNull();
    expect(timeZoneProblem('Mars/Olympus')).toMatch(/^HABARI_TIME_ZONE=Mars\/Olympus is not a time zone/);
  });
});
