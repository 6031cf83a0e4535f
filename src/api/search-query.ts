import { queryOptions } from '@tanstack/react-query';
import { createSearchEngine } from '../search/search-engine.ts';
import type { SearchOrder } from '../search/search-index.ts';

/** One engine per page: the shards and pages it has fetched serve the next query. */
let engine: ReturnType<typeof createSearchEngine> | null = null;

/** The first `count` articles that match a query, best or newest first, ranked and marked. */
export const searchQuery = (query: string, count: number, order: SearchOrder) =>
  queryOptions({
    queryKey: ['search', query, order, count],
    queryFn: () => {
      engine ??= createSearchEngine(import.meta.env.BASE_URL);
      return engine.search(query, count, order);
    },
  });
