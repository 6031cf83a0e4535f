// The core interface strings (every page) as a text section, and helpers for them.
import type { Language } from '../content/site-json.ts';
import { en } from './en.ts';
import type { MessageKey } from './sw.ts';
import { sw } from './sw.ts';
import { textIn, textSection, type TextValues } from './text-section.ts';

export const coreText = textSection(sw, en);

export const LANGUAGES: readonly Language[] = ['sw', 'en'];

/** A label in both languages, Swahili first (`Lugha / Language`): it names the way to the other language,
 * so a reader who cannot read the current one still finds it. */
export function inBothLanguages(key: MessageKey): string {
  return `${sw[key]} / ${en[key]}`;
}

export function message(lang: Language, key: MessageKey, values?: TextValues): string {
  return textIn(coreText, lang, key, values);
}
