// A post's headline in the reader's language. Without an English headline it stays Swahili (lang="sw"),
// and the same in both languages: the line under it says so in English (post-meta.tsx), so a list of mostly
// Swahili headlines keeps an even rhythm in either language. English by the project's editors carries an
// asterisk, explained in the footer. In "both" mode, for learners, the English stands beneath the Swahili.
import { useHeadlineMode } from '../services/reader-preferences.ts';
import type { Headline } from '../content/site-json.ts';
import { useLanguage } from '../i18n/language.tsx';
import { message } from '../i18n/messages.ts';
import { BilingualText } from './bilingual-text.tsx';

export function HeadlineText({ headline }: { headline: Headline }) {
  const { lang } = useLanguage();
  const mode = useHeadlineMode();
  if (headline.en === null) return <span lang="sw">{headline.sw}</span>;
  const english =
    headline.enBy === 'editors' ? (
      <>
        {headline.en}
        <span aria-hidden="true" className="editors-mark">
          *
        </span>{' '}
        <span className="visually-hidden">({message('en', 'editorsTranslation')})</span>
      </>
    ) : (
      headline.en
    );
  if (mode === 'both') {
    return (
      <span className="headline-both">
        <span lang="sw">{headline.sw}</span>{' '}
        <span lang="en" className="headline-both__en">
          {english}
        </span>
      </span>
    );
  }
  return <BilingualText sw={headline.sw} en={english} active={lang} />;
}
