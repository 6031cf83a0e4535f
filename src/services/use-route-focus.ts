// What a page load would do, for navigations inside the app: a new page starts at its top with focus on
// the main content; going back returns to where the reader was on that page (scroll, and the link they
// followed), so the list keeps its place.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const positions = new Map<string, number>();

// useLayoutEffect restores before the browser paints; on the server there is nothing to restore.
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export function useRouteFocus(mainId: string): void {
  const { pathname, key } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef({ pathname, key });

  useEffect(() => {
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    const remember = () => positions.set(previous.current.key, window.scrollY);
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, []);

  useBrowserLayoutEffect(() => {
    const from = previous.current;
    previous.current = { pathname, key };
    if (from.pathname === pathname) return;
    const saved = positions.get(key);
    if (navigationType === 'POP' && saved !== undefined) {
      window.scrollTo(0, saved);
      const links = document.getElementById(mainId)?.querySelectorAll('a') ?? [];
      const followed = [...links].find((link) => link.pathname === from.pathname);
      followed?.focus({ preventScroll: true });
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById(mainId)?.focus({ preventScroll: true });
  }, [pathname, key, navigationType, mainId]);
}
