import type { SearchIndexJson } from './search-index.ts';

/** A cheap check that the answer is a search index, not a truncated or foreign file. */
export function isSearchIndexJson(value: unknown): value is SearchIndexJson {
  if (typeof value !== 'object' || value === null) return false;
  const index = value as Partial<SearchIndexJson>;
  return (
    index.version === 1 &&
    Array.isArray(index.docs) &&
    Array.isArray(index.terms) &&
    Array.isArray(index.postings) &&
    index.terms.length === index.postings.length
  );
}
