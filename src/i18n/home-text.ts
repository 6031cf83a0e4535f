import { textSection } from './text-section.ts';

/** Strings of the headline list. */
export const homeText = textSection(
  {
    title: 'Habari: vichwa vya habari',
    description: 'Habari za kimataifa kwa Kiswahili, zenye vichwa vya habari kwa Kiingereza.',
    pageTitle: 'Habari: ukurasa {page}',
    heading: 'Vichwa vya habari',
    pagination: 'Kurasa za vichwa vya habari',
    pageNumber: 'Ukurasa {page}',
    newerPage: 'Habari mpya zaidi',
    olderPage: 'Habari za zamani zaidi',
    undated: 'Bila tarehe',
  },
  {
    title: 'Habari: headlines',
    description: 'World news in Swahili, with headlines in English.',
    pageTitle: 'Habari: page {page}',
    heading: 'Headlines',
    pagination: 'Pages of headlines',
    pageNumber: 'Page {page}',
    newerPage: 'Newer',
    olderPage: 'Older',
    undated: 'Undated',
  },
);
