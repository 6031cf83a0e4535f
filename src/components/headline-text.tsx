// A post's headline in the reader's language. Without an English headline it stays Swahili (lang="sw")
// and, in English, says so with a small mark. English by the project's editors carries an asterisk,
// explained in the footer.
import type { Headline } from '../content/site-json.ts';
import { useLanguage } from '../i18n/language.tsx';
import { message } from '../i18n/messages.ts';
import { BilingualText } from './bilingual-text.tsx';

export function HeadlineText({ headline }: { headline: Headline }) {
  const { lang } = useLanguage();
  if (headline.en === null) {
    return (
      <>
        <span lang="sw">{headline.sw}</span>{' '}
        <small className="mark" lang="en" aria-hidden={lang === 'en' ? undefined : true}>
          {message('en', 'swahiliOnly')}
        </small>
      </>
    );
  }
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
  return <BilingualText sw={headline.sw} en={english} active={lang} />;
}
