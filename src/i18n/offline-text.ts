import { textSection } from './text-section.ts';

/** Strings of the offline page. */
export const offlineText = textSection(
  {
    title: 'Huna mtandao',
    body: 'Ukurasa huu haupatikani bila mtandao. Vichwa vya habari na habari ulizokwisha kusoma vinapatikana; nyingine zitapatikana mtandao ukirudi.',
    saved: 'Habari ulizosoma, zinazopatikana bila mtandao:',
    noneSaved: 'Hakuna habari iliyohifadhiwa bado: habari unazosoma ukiwa na mtandao huhifadhiwa.',
  },
  {
    title: 'You are offline',
    body: 'This page is not available offline. The headlines and the articles you have already read are; others will be once you are back online.',
    saved: 'Articles you have read, available offline:',
    noneSaved: 'No article is saved yet: articles you read while online are saved.',
  },
);
