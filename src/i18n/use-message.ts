import { useCallback } from 'react';
import { useLanguage } from './language.tsx';
import { coreText } from './messages.ts';
import { textIn, type TextSection, type TextValues } from './text-section.ts';

/** Interface text as plain strings in the reader's language, for attributes and the document title. */
export function useText<K extends string>(section: TextSection<K>) {
  const { lang } = useLanguage();
  return useCallback((key: K, values?: TextValues) => textIn(section, lang, key, values), [section, lang]);
}

/** The same, for the core strings. */
export function useMessage() {
  return useText(coreText);
}
