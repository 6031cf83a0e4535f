import { describe, expect, it } from 'vitest';
import { dayOf, formatDay, formatMonth, formatPublished, formatTime } from './format-date.ts';

describe('a published date as a reader reads it', () => {
  it.each([
    [
      '2026-11-28T09:30+03:00',
      'Jumamosi, 28 Novemba 2026, saa 3:30 asubuhi',
      'Saturday, 28 November 2026, 9:30 am',
    ],
    ['2026-11-28', 'Jumamosi, 28 Novemba 2026', 'Saturday, 28 November 2026'],
    [
      '2024-02-29T23:59+00:00',
      'Alhamisi, 29 Februari 2024, saa 5:59 usiku',
      'Thursday, 29 February 2024, 11:59 pm',
    ],
    [
      '2026-01-04T12:00+01:00',
      'Jumapili, 4 Januari 2026, saa 6:00 mchana',
      'Sunday, 4 January 2026, 12:00 pm',
    ],
  ])('%s', (date, sw, en) => {
    expect(formatPublished(date, 'sw')).toBe(sw);
    expect(formatPublished(date, 'en')).toBe(en);
  });

  it.each([
    // Swahili time: the hours count from 7:00 and 19:00, and the part of the day says which.
    ['00:00', 'saa 6:00 usiku', '12:00 am'],
    ['03:59', 'saa 9:59 usiku', '3:59 am'],
    ['04:00', 'saa 10:00 alfajiri', '4:00 am'],
    ['06:45', 'saa 12:45 alfajiri', '6:45 am'],
    ['07:00', 'saa 1:00 asubuhi', '7:00 am'],
    ['11:30', 'saa 5:30 asubuhi', '11:30 am'],
    ['12:00', 'saa 6:00 mchana', '12:00 pm'],
    ['15:15', 'saa 9:15 mchana', '3:15 pm'],
    ['16:00', 'saa 10:00 jioni', '4:00 pm'],
    ['18:59', 'saa 12:59 jioni', '6:59 pm'],
    ['19:00', 'saa 1:00 usiku', '7:00 pm'],
    ['23:10', 'saa 5:10 usiku', '11:10 pm'],
  ])('gives %s as %s and %s', (time, sw, en) => {
    const date = `2026-11-28T${time}+03:00`;
    expect(formatTime(date, 'sw')).toBe(sw);
    expect(formatTime(date, 'en')).toBe(en);
  });

  it('names the day and the month, whatever the time of day or the offset', () => {
    expect(dayOf('2026-11-28T23:30-05:00')).toBe('2026-11-28');
    expect(formatDay('2026-11-28T23:30-05:00', 'sw')).toBe('Jumamosi, 28 Novemba 2026');
    expect(formatMonth('2026-11', 'sw')).toBe('Novemba 2026');
    expect(formatMonth('2026-02', 'en')).toBe('February 2026');
    expect(formatTime('2026-11-28', 'sw')).toBe('');
  });
});
