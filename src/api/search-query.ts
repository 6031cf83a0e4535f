import { queryOptions } from '@tanstack/react-query';
import { searchArticles } from '../search/search-client.ts';

/** The first `count` articles that match a query, ranked and marked in the search worker. */
export const searchQuery = (query: string, count: number) =>
  queryOptions({
    queryKey: ['search', query, count],
    queryFn: () => searchArticles(query, count),
  });
