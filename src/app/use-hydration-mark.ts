import { useEffect } from 'react';

/** Marks <html data-hydrated="true"> once the app is live, so tests and scripts know when the page responds to input. */
export function useHydrationMark(): void {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
}
