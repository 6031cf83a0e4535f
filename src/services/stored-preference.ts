// Reader preferences kept in localStorage, read without ever breaking the page: storage may be missing,
// full or hold garbage. Values are read through useSyncExternalStore, so the server and the hydrating
// client both see "no preference" and the stored one applies right after hydration.
import { useSyncExternalStore } from 'react';

export interface StoredPreference<T> {
  key: string;
  /** Returns null for anything that is not a valid value, so garbage is ignored. */
  parse: (raw: string | null) => T | null;
}

const listeners = new Set<() => void>();
/** Choices made while localStorage refused to store them; they last for this visit. */
const unsaved = new Map<string, string>();

export function readPreference<T>(preference: StoredPreference<T>): T | null {
  const kept = unsaved.get(preference.key);
  if (kept !== undefined) return preference.parse(kept);
  try {
    return preference.parse(window.localStorage.getItem(preference.key));
  } catch {
    return null;
  }
}

export function writePreference<T extends string>(preference: StoredPreference<T>, value: T): void {
  try {
    window.localStorage.setItem(preference.key, value);
    unsaved.delete(preference.key);
  } catch {
    unsaved.set(preference.key, value);
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function usePreference<T>(preference: StoredPreference<T>): T | null {
  return useSyncExternalStore(
    subscribe,
    () => readPreference(preference),
    () => null,
  );
}

const noSubscription = () => () => {};

/** False on the server and while hydrating; true once the page is live in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
