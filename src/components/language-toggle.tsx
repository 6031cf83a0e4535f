import type { Language } from '../content/site-json.ts';
import { useLanguage } from '../i18n/language.tsx';

const CHOICES: ReadonlyArray<{ lang: Language; label: string }> = [
  { lang: 'sw', label: 'Kiswahili' },
  { lang: 'en', label: 'English' },
];

/** Two buttons that switch every headline, and the interface, between Swahili and English. */
export function LanguageToggle() {
  const { lang, setLanguage } = useLanguage();
  return (
    <div role="group" aria-label="Lugha / Language" className="toggle">
      {CHOICES.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.lang}
          aria-pressed={lang === choice.lang}
          onClick={() => setLanguage(choice.lang)}
          className="toggle__button"
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
