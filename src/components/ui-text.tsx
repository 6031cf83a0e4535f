import { useLanguage } from '../i18n/language.tsx';
import { coreText } from '../i18n/messages.ts';
import type { MessageKey } from '../i18n/sw.ts';
import { textIn, type TextSection, type TextValues } from '../i18n/text-section.ts';
import { BilingualText } from './bilingual-text.tsx';

interface TextProps {
  values?: TextValues;
  /**
   * Reserve the space of both languages (the default), so the page cannot move when the reader's language
   * applies after hydration. A text that cannot move anything when it changes (a one-line heading or link,
   * something below everything else) passes false and lays out one language only, which paints sooner.
   */
  reserveBoth?: boolean;
}

interface SectionTextProps<K extends string> extends TextProps {
  section: TextSection<K>;
  id: K;
}

/** A string of the interface from a text section, shown in the reader's language. */
export function SectionText<K extends string>({
  section,
  id,
  values,
  reserveBoth = true,
}: SectionTextProps<K>) {
  const { lang } = useLanguage();
  if (!reserveBoth) return <span lang={lang}>{textIn(section, lang, id, values)}</span>;
  return (
    <BilingualText
      sw={textIn(section, 'sw', id, values)}
      en={textIn(section, 'en', id, values)}
      active={lang}
    />
  );
}

/** A core string of the interface (one every page may show), in the reader's language. */
export function UiText({ id, ...props }: TextProps & { id: MessageKey }) {
  return <SectionText section={coreText} id={id} {...props} />;
}
