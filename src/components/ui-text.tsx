import { useLanguage } from '../i18n/language.tsx';
import { coreText } from '../i18n/messages.ts';
import type { MessageKey } from '../i18n/sw.ts';
import { textIn, type TextSection, type TextValues } from '../i18n/text-section.ts';
import { BilingualText } from './bilingual-text.tsx';

interface SectionTextProps<K extends string> {
  section: TextSection<K>;
  id: K;
  values?: TextValues;
}

/** A string of the interface from a text section, shown in the reader's language. */
export function SectionText<K extends string>({ section, id, values }: SectionTextProps<K>) {
  const { lang } = useLanguage();
  return (
    <BilingualText
      sw={textIn(section, 'sw', id, values)}
      en={textIn(section, 'en', id, values)}
      active={lang}
    />
  );
}

/** A core string of the interface (one every page may show), in the reader's language. */
export function UiText({ id, values }: { id: MessageKey; values?: TextValues }) {
  return <SectionText section={coreText} id={id} values={values} />;
}
