import { textSection } from './text-section.ts';

/** Strings of the article page. */
export const articleText = textSection(
  {
    readingTimeOne: 'Dakika 1 ya kusoma',
    readingTimeMany: 'Dakika {minutes} za kusoma',
    share: 'Shiriki',
    linkCopied: 'Kiungo kimenakiliwa.',
    copyThisLink: 'Nakili kiungo hiki:',
    relatedHeading: 'Habari zinazohusiana',
  },
  {
    readingTimeOne: '1 min read',
    readingTimeMany: '{minutes} min read',
    share: 'Share',
    linkCopied: 'Link copied.',
    copyThisLink: 'Copy this link:',
    relatedHeading: 'Related articles',
  },
);
