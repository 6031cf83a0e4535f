// The data a prerendered page carries for hydration, as JSON in <script type="application/json">:
// inert text, so a strict Content-Security-Policy can forbid inline scripts.
import type { ViewName } from './view-names.ts';

export const EMBEDDED_STATE_ID = 'habari-state';

/** Pages that a static host or the service worker sends for many URLs: they render the same at any path. */
export type StaticView = 'not-found' | 'offline';

/** A query's key and its data: what the page's view will ask for, already answered. */
export type EmbeddedQuery = [key: readonly unknown[], data: unknown];

export interface EmbeddedState {
  /** Only keys and data, no timestamps: the same page is the same bytes on every build. */
  queries: EmbeddedQuery[];
  /** Set on the not-found page (sent for any unknown path) and the offline page (sent by the service worker). */
  view: StaticView | null;
  /** The lazily loaded views this page shows, to load before hydrating. */
  views: ViewName[];
  /**
   * Set on an article's page: the post's paragraphs are not repeated in the state (its `body` is empty); they
   * are the texts of the page's `.article__body > p`, which the prerender wrote from the same data.
   */
  bodyInPage?: true;
}

/** JSON that cannot end the script element or break out of it, whatever the seeds contain. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

export function serializeEmbeddedState(state: EmbeddedState): string {
  return scriptSafeJson(state);
}

/** JSON to put inside a <script> element: no character of it can end or confuse the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_SCRIPT,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export const ARTICLE_PARAGRAPHS = '.article__body > p';

export function readEmbeddedState(doc: Document): EmbeddedState | null {
  const text = doc.getElementById(EMBEDDED_STATE_ID)?.textContent;
  if (!text) return null;
  let state: EmbeddedState;
  try {
    state = JSON.parse(text) as EmbeddedState;
  } catch {
    return null;
  }
  if (state.bodyInPage) {
    const body = [...doc.querySelectorAll(ARTICLE_PARAGRAPHS)].map(
      (paragraph) => paragraph.textContent ?? '',
    );
    for (const [key, data] of state.queries) {
      if (key[0] === 'post' && data && typeof data === 'object') (data as { body: string[] }).body = body;
    }
  }
  return state;
}
