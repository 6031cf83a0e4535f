// The interface dictionaries by language, and the one helper that fills `{placeholders}`.
import type { Language } from '../content/site-json.ts';
import { en } from './en.ts';
import { sw, type MessageKey } from './sw.ts';

export const messages: Record<Language, Record<MessageKey, string>> = { sw, en };

export const LANGUAGES: readonly Language[] = ['sw', 'en'];

export function message(
  lang: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
