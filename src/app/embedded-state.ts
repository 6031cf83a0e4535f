// The data a prerendered page carries for hydration, as JSON in <script type="application/json">:
// inert text, so a strict Content-Security-Policy can forbid inline scripts.
import type { DehydratedState } from '@tanstack/react-query';

export const EMBEDDED_STATE_ID = 'habari-state';

export interface EmbeddedState {
  queries: DehydratedState;
  /** True on the not-found page, which the server sends for any unknown path. */
  notFound: boolean;
}

/** JSON that cannot end the script element or break out of it, whatever the seeds contain. */
export function serializeEmbeddedState(state: EmbeddedState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function readEmbeddedState(doc: Document): EmbeddedState | null {
  const text = doc.getElementById(EMBEDDED_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as EmbeddedState;
  } catch {
    return null;
  }
}
