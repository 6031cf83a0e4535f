import { queryOptions } from '@tanstack/react-query';
import { dataFiles } from '../content/data-files.ts';
import { isIndexPageJson } from '../content/site-json-guards.ts';
import { fetchJson } from './fetch-json.ts';

/** One page of the headline list; null past the last page. */
export const indexPageQuery = (page: number) =>
  queryOptions({
    queryKey: ['index-page', page],
    queryFn: () => fetchJson(dataFiles.indexPage(page), isIndexPageJson),
  });
