// The reader's language: `?lang=` in the URL first (so shared links keep it), then the stored choice, then Swahili.
// Server and hydration always render Swahili; the real choice applies right after, without moving the layout
// (every bilingual text reserves the space of both languages, see bilingual.css).
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Language } from '../content/site-json.ts';
import { useHydrated, usePreference, writePreference } from '../services/stored-preference.ts';
import { DEFAULT_LANGUAGE, languagePreference, parseLanguage } from './language-choice.ts';

interface LanguageState {
  lang: Language;
  setLanguage: (next: Language) => void;
}

const LanguageContext = createContext<LanguageState>({
  lang: DEFAULT_LANGUAGE,
  setLanguage: () => {},
});

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const stored = usePreference(languagePreference);
  const hydrated = useHydrated();
  const fromUrl = parseLanguage(searchParams.get('lang'));
  const lang = hydrated ? (fromUrl ?? stored ?? DEFAULT_LANGUAGE) : DEFAULT_LANGUAGE;

  const setLanguage = useCallback(
    (next: Language) => {
      writePreference(languagePreference, next);
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next === DEFAULT_LANGUAGE) params.delete('lang');
          else params.set('lang', next);
          return params;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // A stored choice of English shows in the address too, so the link a reader copies opens in English.
  useEffect(() => {
    if (hydrated && fromUrl === null && lang !== DEFAULT_LANGUAGE) {
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          params.set('lang', lang);
          return params;
        },
        { replace: true },
      );
    }
  }, [hydrated, fromUrl, lang, setSearchParams]);

  const value = useMemo(() => ({ lang, setLanguage }), [lang, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
