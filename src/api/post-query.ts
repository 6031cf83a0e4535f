import { queryOptions } from '@tanstack/react-query';
import { dataFiles } from '../content/data-files.ts';
import { isPostJson } from '../content/site-json-guards.ts';
import { fetchJson } from './fetch-json.ts';

/** One post (an article, or a headline-only popular post) with its body and its popular posts; null if there is none. */
export const postQuery = (slug: string) =>
  queryOptions({
    queryKey: ['post', slug],
    queryFn: () => fetchJson(dataFiles.post(slug), isPostJson),
  });
