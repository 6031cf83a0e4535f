// The reader's language choice as stored and as written in the URL: the little that both the app and the
// listener that runs before it (early-language-choice.ts) need, kept apart so that listener loads no React.
import type { Language } from '../content/site-json.ts';
import type { StoredPreference } from '../services/stored-preference.ts';

export const DEFAULT_LANGUAGE: Language = 'sw';

export function parseLanguage(raw: string | null): Language | null {
  return raw === 'sw' || raw === 'en' ? raw : null;
}

export const languagePreference: StoredPreference<Language> = {
  key: 'habari.lang',
  parse: parseLanguage,
};
