// Shape checks for the JSON of the list's pages and of the popular posts: loaded with the front page's view,
// not with every page.
import { isNumberOrNull, isObject, isStringOrNull, isSummaryList } from './site-json-guards.ts';
import type { DayPageJson, IndexPageJson, MonthJson, PopularJson } from './site-json.ts';

/** A list of months or days of the archive with their article counts: `[{ month: '2026-11', articles: 30 }]`. */
const isCountList = (value: unknown, unit: 'month' | 'day'): boolean =>
  Array.isArray(value) &&
  value.every(
    (entry) => isObject(entry) && typeof entry[unit] === 'string' && typeof entry.articles === 'number',
  );

export function isIndexPageJson(value: unknown): value is IndexPageJson {
  return (
    isObject(value) &&
    isNumberOrNull(value.page) &&
    isNumberOrNull(value.newer) &&
    isNumberOrNull(value.older) &&
    isSummaryList(value.posts) &&
    (value.months === undefined || isCountList(value.months, 'month'))
  );
}

export function isPopularJson(value: unknown): value is PopularJson {
  return isObject(value) && isSummaryList(value.posts);
}

export function isDayPageJson(value: unknown): value is DayPageJson {
  return (
    isObject(value) &&
    typeof value.day === 'string' &&
    typeof value.page === 'number' &&
    typeof value.pages === 'number' &&
    isStringOrNull(value.previous) &&
    isStringOrNull(value.next) &&
    isSummaryList(value.posts)
  );
}

export function isMonthJson(value: unknown): value is MonthJson {
  return (
    isObject(value) &&
    typeof value.month === 'string' &&
    isCountList(value.days, 'day') &&
    isStringOrNull(value.previous) &&
    isStringOrNull(value.next)
  );
}
