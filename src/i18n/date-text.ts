import { textSection } from './text-section.ts';

/**
 * The words of a date in each language: months and weekdays (Sunday first) as lists, the parts of the day of
 * Swahili time, and how a date and its time are put together (src/i18n/format-date.ts).
 */
export const dateText = textSection(
  {
    months: 'Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba',
    weekdays: 'Jumapili Jumatatu Jumanne Jumatano Alhamisi Ijumaa Jumamosi',
    day: '{weekday}, {day} {month} {year}',
    month: '{month} {year}',
    dateAndTime: '{date}, {time}',
    /** Swahili time: saa 1 is 7:00 and 19:00; the part of the day makes the hour unambiguous. */
    time: 'saa {hour}:{minute} {period}',
    /** Hours between midnight and the hour numbered 1, less one: 1 is 7:00 in Swahili time, 1:00 in English. */
    hourShift: '5',
    /** The parts of the day, each with the hour it starts at. */
    periods: '0usiku 4alfajiri 7asubuhi 12mchana 16jioni 19usiku',
  },
  {
    months: 'January February March April May June July August September October November December',
    weekdays: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday',
    day: '{weekday}, {day} {month} {year}',
    month: '{month} {year}',
    dateAndTime: '{date}, {time}',
    time: '{hour}:{minute} {period}',
    hourShift: '11',
    periods: '0am 12pm',
  },
);
