// Interface strings come in sections: the core (every page) and one per view that loads on its own, so a
// page downloads only the strings it can show. Each section holds both languages with exactly the same keys
// (checked by the compiler here, and by messages.test.ts at run time).
import type { Language } from '../content/site-json.ts';

export type Strings<K extends string> = Readonly<Record<K, string>>;

export interface TextSection<K extends string> {
  readonly sw: Strings<K>;
  readonly en: Strings<K>;
}

export type TextValues = Record<string, string | number>;

export function textSection<const SW extends Record<string, string>>(
  sw: SW,
  en: Strings<keyof SW & string>,
): TextSection<keyof SW & string> {
  return { sw, en };
}

/** A section's string in a language, with its `{placeholders}` filled. */
export function textIn<K extends string>(
  section: TextSection<K>,
  lang: Language,
  key: K,
  values: TextValues = {},
): string {
  return section[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
