import { queryOptions } from '@tanstack/react-query';
import { dataFiles } from '../content/data-files.ts';
import { isPopularJson } from '../content/list-json-guards.ts';
import { fetchJson } from './fetch-json.ts';

/** The popular posts of all seeds, most often listed first. */
export const popularQuery = () =>
  queryOptions({
    queryKey: ['popular'],
    queryFn: async () => (await fetchJson(dataFiles.popular(), isPopularJson)) ?? { posts: [] },
  });
