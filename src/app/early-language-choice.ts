// A tap on the language toggle before the app has hydrated has no React handler to go to. This module is the
// entry's first import, so it listens from the moment the app's script runs, before React has even been
// evaluated: it does what the toggle would (stores the choice and puts it in ?lang=), and the app then starts
// in the language the reader chose. Once hydration has begun, React replays such taps itself, and this stops.
import { DEFAULT_LANGUAGE, languagePreference, parseLanguage } from '../i18n/language-choice.ts';
import { writePreference } from '../services/stored-preference.ts';

const onClick = (event: MouseEvent) => {
  // The toggle's buttons (language-toggle.tsx): the only buttons of their kind that carry a lang.
  const button = (event.target as Element).closest?.<HTMLElement>('.toggle__button[lang]');
  const lang = parseLanguage(button?.lang ?? null);
  if (!lang) return;
  writePreference(languagePreference, lang);
  const url = new URL(location.href);
  if (lang === DEFAULT_LANGUAGE) url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
};

document.addEventListener('click', onClick, true);

/** Called just before hydration starts: from then on the app handles the toggle. */
export function stopCatchingEarlyLanguageChoice(): void {
  document.removeEventListener('click', onClick, true);
}
