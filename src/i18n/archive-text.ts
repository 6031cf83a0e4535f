import { textSection } from './text-section.ts';

/** Strings of the archive by day: the pages of a day and of a month, and the front page's list of months. */
export const archiveText = textSection(
  {
    dayTitle: 'Habari za {day}',
    dayDescription: 'Habari zote zilizochapishwa {day}.',
    monthTitle: 'Habari za {month}',
    monthDescription: 'Siku za {month} zenye habari, na idadi ya habari za kila siku.',
    countOne: 'habari 1',
    countMany: 'habari {count}',
    otherDays: 'Siku nyingine zenye habari',
    otherMonths: 'Miezi mingine yenye habari',
    wholeMonth: 'Habari zote za {month}',
    pagesOfDay: 'Kurasa za siku hii',
    pageOf: 'Ukurasa {page} kati ya {pages}',
    newerPage: 'Habari mpya zaidi',
    olderPage: 'Habari za mapema zaidi',
    archive: 'Kumbukumbu ya habari',
  },
  {
    dayTitle: 'News of {day}',
    dayDescription: 'Every article published on {day}.',
    monthTitle: 'News of {month}',
    monthDescription: 'The days of {month} that have news, and how many articles each has.',
    countOne: '1 article',
    countMany: '{count} articles',
    otherDays: 'Other days with news',
    otherMonths: 'Other months with news',
    wholeMonth: 'All of {month}',
    pagesOfDay: 'Pages of this day',
    pageOf: 'Page {page} of {pages}',
    newerPage: 'Newer',
    olderPage: 'Earlier',
    archive: 'News archive',
  },
);
