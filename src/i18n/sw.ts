// Every string of the interface in Swahili. `en.ts` must have exactly the same keys (a test checks).

export const sw = {
  language: 'Lugha',
  languageSw: 'Kiswahili',
  languageEn: 'English',
  search: 'Tafuta',
  searchPlaceholder: 'Tafuta habari…',
  retry: 'Jaribu tena',
  skipToContent: 'Ruka hadi maudhui',
  popularHeading: 'Habari maarufu',
  swahiliOnly: 'Kiswahili pekee',
  editorsTranslation: 'tafsiri ya wahariri',
  backToHeadlines: 'Rudi kwenye vichwa vya habari',
  loading: 'Inapakia…',
  loadError: 'Imeshindikana kupakia habari. Angalia mtandao wako, kisha ujaribu tena.',
  errorHeading: 'Hitilafu imetokea',
  errorBody: 'Ukurasa huu haukuweza kuonyeshwa. Kurasa nyingine bado zinafanya kazi.',
  goHome: 'Nenda ukurasa wa mwanzo',
  notFoundBody: 'Hatukupata ukurasa huu. Huenda anwani imekosewa au habari imeondolewa.',
  notFoundTitle: 'Ukurasa haupatikani',
  readingSettings: 'Mipangilio ya kusoma',
  bothLanguages: 'Vichwa kwa lugha zote mbili',
  themeDark: 'Mandhari ya giza',
  textSize: 'Ukubwa wa maandishi',
  textSmaller: 'Maandishi madogo',
  textNormal: 'Maandishi ya kawaida',
  textLarger: 'Maandishi makubwa',
  shortcutsButton: 'Njia za mkato',
  feedLink: 'Mlisho wa RSS',
  footer:
    'Habari: habari za dunia kwa Kiswahili. * Kichwa cha Kiingereza kimetafsiriwa na wahariri wa Habari.',
} as const;

export type MessageKey = keyof typeof sw;
