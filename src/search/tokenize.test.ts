import fc from 'fast-check';
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

  it('reads plain ASCII text as the full Unicode rules would', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aZ09 '`.,!-_\t\n".split('')) }), (text) => {
        // A Unicode character at the end sends the text down the slow path; it adds one word at most.
        const slow = tokenize(`${text} é`);
        expect(tokenize(text)).toEqual(slow.slice(0, slow.length - 1));
      }),
    );
  });

  it('normalises one word', () => {
    expect(normalizeWord('Kaskazini,')).toBe('kaskazini');
    expect(normalizeWord('—')).toBe('');
  });
});
