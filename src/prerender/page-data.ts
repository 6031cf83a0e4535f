// What each prerendered page needs in its query cache, named by the query factories the routes use.
import type { QueryClient } from '@tanstack/react-query';
import { indexPageQuery } from '../api/index-page-query.ts';
import { popularQuery } from '../api/popular-query.ts';
import { postQuery } from '../api/post-query.ts';
import type { IndexPageJson, PopularJson, PostJson } from '../content/site-json.ts';

export type PageData =
  | { kind: 'list'; page: IndexPageJson; popular: PopularJson }
  | { kind: 'post'; post: PostJson }
  | { kind: 'search' }
  | { kind: 'not-found' }
  | { kind: 'offline' };

export function fillQueryCache(queryClient: QueryClient, data: PageData): void {
  switch (data.kind) {
    case 'list':
      queryClient.setQueryData(indexPageQuery(data.page.page).queryKey, data.page);
      queryClient.setQueryData(popularQuery().queryKey, data.popular);
      break;
    case 'post':
      queryClient.setQueryData(postQuery(data.post.slug).queryKey, data.post);
      break;
    case 'search':
    case 'not-found':
    case 'offline':
      break;
  }
}
