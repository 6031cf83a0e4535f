import type { Headline, Language } from '../content/site-json.ts';

/** The headline as plain text in the reader's language; Swahili where no English exists. */
export function headlineIn(headline: Headline, lang: Language): string {
  return lang === 'en' && headline.en !== null ? headline.en : headline.sw;
}
