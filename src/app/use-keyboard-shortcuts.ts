// Keyboard shortcuts: j/k move through the page's list of headlines (Enter then opens one, as on any link),
// / goes to the search box, ? shows the shortcuts. Never while the reader is typing in a field, never with
// a modifier. Only this filter is in every page's script; what a key does loads on its first use.
import { useEffect } from 'react';

const KEYS = new Set(['j', 'k', '/', '?']);

export function useKeyboardShortcuts(showHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!KEYS.has(event.key) || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey)
        return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
      ) {
        return;
      }
      event.preventDefault();
      if (event.key === '?') showHelp();
      else void import('./keyboard-actions.ts').then((actions) => actions.runShortcut(event.key));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [showHelp]);
}
