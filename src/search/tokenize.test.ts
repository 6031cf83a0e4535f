import { describe, expect, it } from 'vitest';
import { normalizeWord, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it.each([
    ['Korea Kaskazini', ['korea', 'kaskazini']],
    ['KOREA, kaskazini!', ['korea', 'kaskazini']],
    ['Élodie café crème', ['elodie', 'cafe', 'creme']],
    ["ng'ombe na ng’ombe", ['ngombe', 'na', 'ngombe']],
    ["'kali zaidi'", ['kali', 'zaidi']],
    ['mwaka 2022.', ['mwaka', '2022']],
    ['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
    ['   ', []],
  ])('%s', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });

  it('normalises one word', () => {
    expect(normalizeWord('Kaskazini,')).toBe('kaskazini');
    expect(normalizeWord('—')).toBe('');
  });
});
