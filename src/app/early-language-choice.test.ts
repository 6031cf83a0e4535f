import { afterEach, describe, expect, it } from 'vitest';
import { stopCatchingEarlyLanguageChoice } from './early-language-choice.ts';

function toggleButton(lang: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.className = 'toggle__button';
  button.lang = lang;
  button.append(document.createElement('span'));
  document.body.append(button);
  return button;
}

describe('a language tap before the app has started', () => {
  afterEach(() => {
    document.body.replaceChildren();
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('stores the choice and puts it in the address, keeping the rest of it', () => {
    window.history.replaceState(null, '', '/tafuta?q=korea');
    toggleButton('en').querySelector('span')?.click();
    expect(window.localStorage.getItem('habari.lang')).toBe('en');
    expect(window.location.pathname + window.location.search).toBe('/tafuta?q=korea&lang=en');
    toggleButton('sw').click();
    expect(window.localStorage.getItem('habari.lang')).toBe('sw');
    expect(window.location.search).toBe('?q=korea');
  });

  it('ignores other clicks, and every click once hydration has begun', () => {
    document.body.append(document.createElement('button'));
    document.querySelector('button')?.click();
    expect(window.localStorage.getItem('habari.lang')).toBeNull();
    stopCatchingEarlyLanguageChoice();
    toggleButton('en').click();
    expect(window.localStorage.getItem('habari.lang')).toBeNull();
    expect(window.location.search).toBe('');
  });
});
