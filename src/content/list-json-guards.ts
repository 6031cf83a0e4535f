// Shape checks for the JSON of the list's pages and of the popular posts: loaded with the front page's view,
// not with every page.
import { isNumberOrNull, isObject, isSummaryList } from './site-json-guards.ts';
import type { IndexPageJson, PopularJson } from './site-json.ts';

export function isIndexPageJson(value: unknown): value is IndexPageJson {
  return (
    isObject(value) &&
    isNumberOrNull(value.page) &&
    isNumberOrNull(value.newer) &&
    isNumberOrNull(value.older) &&
    isSummaryList(value.posts)
  );
}

export function isPopularJson(value: unknown): value is PopularJson {
  return isObject(value) && isSummaryList(value.posts);
}
