import { QueryClient } from '@tanstack/react-query';

/** The site's data changes only with a new build, so nothing goes stale while a page is open. Requests run
 * offline too (`networkMode: 'always'`): the service worker may answer them from its cache, and when it cannot,
 * the reader is told at once; TanStack's default would hold them, silently, until the network came back. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: 1,
        networkMode: 'always',
        refetchOnWindowFocus: false,
      },
    },
  });
}
