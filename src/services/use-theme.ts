// The theme in effect, for the theme switch: the reader's choice, else the system's.
import { useSyncExternalStore } from 'react';
import { themePreference, type Theme } from './reader-preferences.ts';
import { usePreference } from './stored-preference.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToScheme(listener: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

/** The theme in effect: the reader's choice, else the system's. Light on the server and while hydrating. */
export function useTheme(): Theme {
  const chosen = usePreference(themePreference);
  const systemDark = useSyncExternalStore(
    subscribeToScheme,
    () => window.matchMedia?.(DARK_QUERY).matches ?? false,
    () => false,
  );
  return chosen ?? (systemDark ? 'dark' : 'light');
}
