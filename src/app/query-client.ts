import { QueryClient } from '@tanstack/react-query';

/** The site's data changes only with a new build, so nothing goes stale while a page is open. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
