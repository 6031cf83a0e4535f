// Every string of the interface in Swahili. `en.ts` must have exactly the same keys (a test checks).

export const sw = {
  siteName: 'Habari',
  siteTagline: 'Habari kwa Kiswahili',
  skipToContent: 'Ruka hadi maudhui',
  homeTitle: 'Habari: vichwa vya habari',
  homeDescription: 'Habari za kimataifa kwa Kiswahili, zenye vichwa vya habari kwa Kiingereza.',
  listPageTitle: 'Habari: ukurasa {page}',
  headlinesHeading: 'Vichwa vya habari',
  popularHeading: 'Habari maarufu',
  swahiliOnly: 'Kiswahili pekee',
  editorsTranslation: 'tafsiri ya wahariri',
  headlineOnly: 'kichwa tu',
  notInCollection: 'Maandishi kamili ya habari hii hayamo katika mkusanyiko huu.',
  listedIn: 'Habari hii imetajwa katika:',
  backToHeadlines: 'Rudi kwenye vichwa vya habari',
  pagination: 'Kurasa za vichwa vya habari',
  pageOf: 'Ukurasa {page} kati ya {pageCount}',
  previousPage: 'Ukurasa uliotangulia',
  nextPage: 'Ukurasa unaofuata',
  loading: 'Inapakia…',
  loadError: 'Imeshindikana kupakia habari. Angalia mtandao wako, kisha ujaribu tena.',
  errorHeading: 'Hitilafu imetokea',
  errorBody: 'Ukurasa huu haukuweza kuonyeshwa. Kurasa nyingine bado zinafanya kazi.',
  goHome: 'Nenda ukurasa wa mwanzo',
  notFoundBody: 'Hatukupata ukurasa huu. Huenda anwani imekosewa au habari imeondolewa.',
  notFoundTitle: 'Ukurasa haupatikani',
  footer:
    'Habari: habari za dunia kwa Kiswahili. * Kichwa cha Kiingereza kimetafsiriwa na wahariri wa Habari.',
} as const;

export type MessageKey = keyof typeof sw;
