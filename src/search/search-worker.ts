// The search worker: searches off the page's main thread, so typing and scrolling never wait for it. Keeps what
// it has fetched for the next query. Answers each message with the answer or the reason it failed.
import { DataError } from '../api/data-errors.ts';
import { createSearchEngine, type SearchAnswer } from './search-engine.ts';

export type SearchRequest = { id: number; query: string; count: number };
export type SearchReply =
  { id: number; ok: true; answer: SearchAnswer } | { id: number; ok: false; url: string; reason: string };

const engine = createSearchEngine(import.meta.env.BASE_URL);

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const { id, query, count } = event.data;
  engine.search(query, count).then(
    (answer) => self.postMessage({ id, ok: true, answer } satisfies SearchReply),
    (error: unknown) =>
      self.postMessage({
        id,
        ok: false,
        url: error instanceof DataError ? error.url : '',
        reason: error instanceof Error ? error.message : String(error),
      } satisfies SearchReply),
  );
});
