import { textSection } from './text-section.ts';

/** Strings of the page of a popular post whose full text is not in the collection. */
export const headlineOnlyText = textSection(
  {
    notInCollection: 'Maandishi kamili ya habari hii hayamo katika mkusanyiko huu.',
    listedIn: 'Habari hii imetajwa katika:',
  },
  {
    notInCollection: 'The full text of this story is not in this collection.',
    listedIn: 'This story is mentioned in:',
  },
);
