import type { Language } from '../content/site-json.ts';
import { useLanguage } from '../i18n/language.tsx';
import { coreText, inBothLanguages } from '../i18n/messages.ts';

const CHOICES: ReadonlyArray<{ lang: Language; label: string }> = [
  { lang: 'sw', label: coreText.sw.languageSw },
  { lang: 'en', label: coreText.en.languageEn },
];

/** Two buttons that switch every headline, and the interface, between Swahili and English. */
export function LanguageToggle() {
  const { lang, setLanguage } = useLanguage();
  return (
    <div role="group" aria-label={inBothLanguages('language')} className="toggle">
      {CHOICES.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.lang}
          aria-pressed={lang === choice.lang}
          onClick={() => setLanguage(choice.lang)}
          // `.toggle__button[lang]` is what early-language-choice.ts looks for, to keep a tap made early.
          className="toggle__button"
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
