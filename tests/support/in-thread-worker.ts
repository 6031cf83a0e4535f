// jsdom has no Web Workers: this stands in for the search worker, running the same engine (and so the same
// fetches, through the test's fake fetch) in the test's thread, answering messages as the worker would.
// A fresh engine per search: the page keeps one worker for all tests in a file, and nothing one test fetched
// may answer another's search.
import { createSearchEngine } from '../../src/search/search-engine.ts';
import type { SearchReply, SearchRequest } from '../../src/search/search-worker.ts';
import { DataError } from '../../src/api/data-errors.ts';

export class InThreadSearchWorker extends EventTarget {
  postMessage({ id, query, count }: SearchRequest): void {
    const reply = (data: SearchReply) => this.dispatchEvent(new MessageEvent('message', { data }));
    createSearchEngine('/')
      .search(query, count)
      .then(
        (answer) => reply({ id, ok: true, answer }),
        (error: unknown) =>
          reply({
            id,
            ok: false,
            url: error instanceof DataError ? error.url : '',
            reason: error instanceof Error ? error.message : String(error),
          }),
      );
  }

  terminate(): void {}
}
