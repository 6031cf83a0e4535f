import { queryOptions } from '@tanstack/react-query';
import { fetchPostPage } from './fetch-post-page.ts';

/** One post (an article, or a headline-only popular post) with its body and its popular posts; null if there is none. */
export const postQuery = (slug: string) =>
  queryOptions({
    queryKey: ['post', slug],
    queryFn: () => fetchPostPage(slug),
  });
