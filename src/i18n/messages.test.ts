import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { message } from './messages.ts';
import { sw } from './sw.ts';

describe('the interface dictionaries', () => {
  it('have exactly the same keys in Swahili and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sw).sort());
  });

  it('have no empty string and the same placeholders in both languages', () => {
    for (const key of Object.keys(sw) as Array<keyof typeof sw>) {
      expect(sw[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(en[key]), key).toEqual(placeholders(sw[key]));
    }
  });

  it('fills placeholders', () => {
    expect(message('sw', 'pageOf', { page: 2, pageCount: 5 })).toBe('Ukurasa 2 kati ya 5');
    expect(message('en', 'pageOf', { page: 2, pageCount: 5 })).toBe('Page 2 of 5');
  });
});
