import { describe, expect, it } from 'vitest';
import { articleText } from './article-text.ts';
import { headlineOnlyText } from './headline-only-text.ts';
import { homeText } from './home-text.ts';
import { coreText, message } from './messages.ts';
import { offlineText } from './offline-text.ts';
import { searchText } from './search-text.ts';
import { shortcutsText } from './shortcuts-text.ts';
import { textIn, type TextSection } from './text-section.ts';
import { updateText } from './update-text.ts';

const SECTIONS: Record<string, TextSection<string>> = {
  core: coreText,
  home: homeText,
  article: articleText,
  search: searchText,
  shortcuts: shortcutsText,
  offline: offlineText,
  update: updateText,
  headlineOnly: headlineOnlyText,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(Object.entries(SECTIONS))('the %s strings', (_name, section) => {
  it('have exactly the same keys in Swahili and English', () => {
    expect(Object.keys(section.en).sort()).toEqual(Object.keys(section.sw).sort());
  });

  it('have no empty string, and the same placeholders in both languages', () => {
    for (const key of Object.keys(section.sw)) {
      expect(section.sw[key]?.trim(), key).not.toBe('');
      expect(section.en[key]?.trim(), key).not.toBe('');
      expect(placeholders(section.en[key] ?? ''), key).toEqual(placeholders(section.sw[key] ?? ''));
    }
  });
});

describe('message', () => {
  it('fills placeholders', () => {
    expect(textIn(homeText, 'sw', 'pageNumber', { page: 2 })).toBe('Ukurasa 2');
    expect(textIn(homeText, 'en', 'pageNumber', { page: 2 })).toBe('Page 2');
    expect(message('sw', 'swahiliOnly')).toBe('Kiswahili pekee');
  });
});
