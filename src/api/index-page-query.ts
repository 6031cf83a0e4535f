import { queryOptions } from '@tanstack/react-query';
import { dataFiles } from '../content/data-files.ts';
import { isIndexPageJson } from '../content/list-json-guards.ts';
import { fetchJson } from './fetch-json.ts';

/** A numbered page of the headline list, or the front page; null past the last page. */
export const indexPageQuery = (page: number | 'front') =>
  queryOptions({
    queryKey: ['index-page', page],
    queryFn: () =>
      fetchJson(page === 'front' ? dataFiles.frontPage() : dataFiles.indexPage(page), isIndexPageJson),
  });
