// What the j, k and / shortcuts do (see use-keyboard-shortcuts.ts for when they apply).
import { SEARCH_INPUT_ID } from '../components/search-form-id.ts';

/** Links marked as one of the page's main list of headlines (or search results). */
export const LIST_ITEM_SELECTOR = '[data-list-item]';

export function runShortcut(key: string): void {
  if (key === '/') document.getElementById(SEARCH_INPUT_ID)?.focus();
  else moveThroughList(key === 'j' ? 1 : -1);
}

/** Focuses the next or previous headline of the list, from the one focused now. */
function moveThroughList(step: 1 | -1): void {
  const items = [...document.querySelectorAll<HTMLElement>(LIST_ITEM_SELECTOR)];
  if (items.length === 0) return;
  const current = items.findIndex((item) => item === document.activeElement);
  const next =
    current === -1
      ? step === 1
        ? 0
        : items.length - 1
      : Math.min(items.length - 1, Math.max(0, current + step));
  const target = items[next];
  target?.focus();
  target?.scrollIntoView?.({ block: 'nearest' });
}
