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
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

export function serializeEmbeddedState(state: EmbeddedState): string {
  return JSON.stringify(state).replace(
    UNSAFE_IN_SCRIPT,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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
