import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** After moving to another page, start at its top and put focus on the main content, as a page load would. */
export function useRouteFocus(mainId: string): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById(mainId)?.focus({ preventScroll: true });
  }, [pathname, mainId]);
}
