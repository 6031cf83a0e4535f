// The reader's comfort choices, kept in localStorage: theme, text size, and headlines in both languages.
// Applied as attributes on <html>, where the stylesheet picks them up.
import { useEffect } from 'react';
import { usePreference, type StoredPreference } from './stored-preference.ts';

export type Theme = 'light' | 'dark';
export type TextSize = 'small' | 'normal' | 'large';
export type HeadlineMode = 'one' | 'both';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string | null): T | null =>
    values.find((value) => value === raw) ?? null;

export const TEXT_SIZES: readonly TextSize[] = ['small', 'normal', 'large'];

export const themePreference: StoredPreference<Theme> = {
  key: 'habari.theme',
  parse: oneOf(['light', 'dark']),
};
export const textSizePreference: StoredPreference<TextSize> = {
  key: 'habari.textSize',
  parse: oneOf(TEXT_SIZES),
};
export const headlineModePreference: StoredPreference<HeadlineMode> = {
  key: 'habari.headlines',
  parse: oneOf(['one', 'both']),
};

export function useHeadlineMode(): HeadlineMode {
  return usePreference(headlineModePreference) ?? 'one';
}

/** Puts the chosen theme and text size on <html>; with no choice, CSS follows the system theme. */
export function useApplyReaderPreferences(): void {
  const theme = usePreference(themePreference);
  const textSize = usePreference(textSizePreference);
  useEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
    if (textSize && textSize !== 'normal') root.dataset.textSize = textSize;
    else delete root.dataset.textSize;
  }, [theme, textSize]);
}
