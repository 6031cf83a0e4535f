// Replaces fetch with a server that answers from a map of the site's JSON files, and can be told to fail.
import { vi } from 'vitest';

export type Fault = 'network' | 500 | 'invalid-json' | null;

export interface FakeServer {
  /** Every URL requested, in order. */
  requests: string[];
  /** Makes every later request fail this way (null: answer normally again). */
  setFault(fault: Fault): void;
}

export function installFakeFetch(files: ReadonlyMap<string, string | Uint8Array>): FakeServer {
  let fault: Fault = null;
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      requests.push(url);
      if (fault === 'network') throw new TypeError('Failed to fetch');
      if (fault === 500) return new Response('oops', { status: 500 });
      if (fault === 'invalid-json') return new Response('{"page": 1, "po', { status: 200 });
      const body = files.get(url.replace(/^\//, ''));
      return body === undefined
        ? new Response('not found', { status: 404 })
        : new Response(body as BodyInit, { status: 200 });
    }),
  );
  return { requests, setFault: (next) => void (fault = next) };
}
