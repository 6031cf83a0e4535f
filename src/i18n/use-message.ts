import { useCallback } from 'react';
import { useLanguage } from './language.tsx';
import { message } from './messages.ts';
import type { MessageKey } from './sw.ts';

/** Interface text as a plain string in the reader's language, for attributes and the document title. */
export function useMessage() {
  const { lang } = useLanguage();
  return useCallback(
    (key: MessageKey, values?: Record<string, string | number>) => message(lang, key, values),
    [lang],
  );
}
