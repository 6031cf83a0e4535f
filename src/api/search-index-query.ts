import { queryOptions } from '@tanstack/react-query';
import { dataFiles } from '../content/data-files.ts';
import { isSearchIndexJson } from '../search/search-index-guard.ts';
import { DataError } from './data-errors.ts';
import { fetchJson } from './fetch-json.ts';

/** The search index, loaded the first time a reader searches. */
export const searchIndexQuery = () =>
  queryOptions({
    queryKey: ['search-index'],
    queryFn: async () => {
      const index = await fetchJson(dataFiles.searchIndex(), isSearchIndexJson);
      if (!index) throw new DataError(dataFiles.searchIndex(), 'the search index is missing');
      return index;
    },
  });
