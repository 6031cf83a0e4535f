// The page's side of search: one search worker, started by the first search (so pages that never search load
// none of it), and a promise per query.
import { DataError } from '../api/data-errors.ts';
import type { SearchAnswer } from './search-engine.ts';
import type { SearchReply, SearchRequest } from './search-worker.ts';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (answer: SearchAnswer) => void; reject: (error: Error) => void }
>();

function theWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (reply.ok) pending.resolve(reply.answer);
      else pending.reject(new DataError(reply.url, reply.reason));
    });
    worker.addEventListener('error', () => {
      for (const pending of waiting.values())
        pending.reject(new DataError('search', 'the search worker stopped'));
      waiting.clear();
      worker = null;
    });
  }
  return worker;
}

/** The first `count` results of a query. */
export function searchArticles(query: string, count: number): Promise<SearchAnswer> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    theWorker().postMessage({ id, query, count } satisfies SearchRequest);
  });
}
