import { textSection } from './text-section.ts';

/** Strings of the search page. */
export const searchText = textSection(
  {
    heading: 'Tafuta habari',
    pageTitle: 'Tafuta: {query}: Habari',
    description: 'Tafuta habari kwa neno lolote la kichwa, muhtasari au maandishi.',
    prompt: 'Andika neno moja au zaidi, kwa Kiswahili au Kiingereza.',
    resultsOne: 'Tokeo 1 la “{query}”',
    resultsMany: 'Matokeo {count} ya “{query}”',
    noResults: 'Hakuna habari inayolingana na “{query}”.',
    showMore: 'Onyesha zaidi',
    offline: 'Huna mtandao: kutafuta maneno mapya kunahitaji mtandao.',
    order: 'Panga matokeo',
    orderBest: 'Yanayolingana zaidi',
    orderNew: 'Mapya zaidi',
  },
  {
    heading: 'Search the news',
    pageTitle: 'Search: {query}: Habari',
    description: 'Search the news by any word of a headline, standfirst or article.',
    prompt: 'Type one or more words, in Swahili or English.',
    resultsOne: '1 result for “{query}”',
    resultsMany: '{count} results for “{query}”',
    noResults: 'No news matches “{query}”.',
    showMore: 'Show more',
    offline: 'You are offline: searching new words needs a connection.',
    order: 'Order of results',
    orderBest: 'Best match',
    orderNew: 'Newest',
  },
);
