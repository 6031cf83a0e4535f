import { describe, expect, it } from 'vitest';
import { otherNumberForms } from './swahili-number.ts';

describe('the other number of a Swahili word', () => {
  it.each([
    ['mchezaji', 'wachezaji'],
    ['wachezaji', 'mchezaji'],
    ['mtu', 'watu'],
    ['watu', 'mtu'],
    ['kiongozi', 'viongozi'],
    ['viongozi', 'kiongozi'],
    ['chama', 'vyama'],
    ['vyama', 'chama'],
    ['mzozo', 'mizozo'],
    ['mizozo', 'mzozo'],
    ['mwislamu', 'waislamu'],
    ['waislamu', 'mwislamu'],
    ['mwalimu', 'walimu'],
    ['walimu', 'mwalimu'],
    ['mwaka', 'miaka'],
    ['miaka', 'mwaka'],
    ['mpya', 'wapya'],
    ['kimefungwa', 'vimefungwa'],
  ])('pairs %s with %s', (word, other) => {
    expect(otherNumberForms(word)).toContain(other);
  });

  it.each([
    // No class prefix, or one that is not safe to swap (ma- words that are not plurals; ji-/ma-, u-/n-).
    ['serikali'],
    ['maisha'],
    ['mama'],
    ['jiwe'],
    ['wimbo'],
    ['uchumi'],
    // Too little left after the prefix, digits, and ch- before a consonant.
    ['wao'],
    ['mo'],
    ['2022'],
    ['m23'],
    ['chrome'],
  ])('leaves %s alone', (word) => {
    expect(otherNumberForms(word)).toEqual([]);
  });

  it('never gives the word itself', () => {
    for (const word of ['mwaka', 'watu', 'kiki', 'vivi', 'mimi', 'wawa']) {
      expect(otherNumberForms(word)).not.toContain(word);
    }
  });
});
