import { useLanguage } from '../i18n/language.tsx';
import { message } from '../i18n/messages.ts';
import type { MessageKey } from '../i18n/sw.ts';
import { BilingualText } from './bilingual-text.tsx';

interface UiTextProps {
  id: MessageKey;
  values?: Record<string, string | number>;
}

/** A string of the interface, shown in the reader's language. */
export function UiText({ id, values }: UiTextProps) {
  const { lang } = useLanguage();
  return <BilingualText sw={message('sw', id, values)} en={message('en', id, values)} active={lang} />;
}
