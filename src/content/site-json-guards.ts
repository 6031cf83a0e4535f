// Cheap shape checks for JSON that arrives over the network: a truncated or foreign answer fails here, not deep in a view.
import type { PostJson, PostSummary } from './site-json.ts';

type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';

export const isNumberOrNull = (value: unknown) => value === null || typeof value === 'number';

export function isPostSummary(value: unknown): value is PostSummary {
  if (!isObject(value) || !isObject(value.headline)) return false;
  return (
    typeof value.slug === 'string' &&
    typeof value.headline.sw === 'string' &&
    isStringOrNull(value.headline.en) &&
    isStringOrNull(value.standfirst) &&
    isStringOrNull(value.date) &&
    typeof value.hasBody === 'boolean'
  );
}

export const isSummaryList = (value: unknown): boolean => Array.isArray(value) && value.every(isPostSummary);

export function isPostJson(value: unknown): value is PostJson {
  return (
    isPostSummary(value) &&
    isObject(value) &&
    Array.isArray(value.body) &&
    value.body.every((paragraph) => typeof paragraph === 'string') &&
    isSummaryList(value.popular) &&
    isSummaryList(value.listedIn) &&
    isSummaryList(value.related)
  );
}
