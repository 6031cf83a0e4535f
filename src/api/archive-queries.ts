import { queryOptions } from '@tanstack/react-query';
import { dataFiles } from '../content/data-files.ts';
import { isDayPageJson, isMonthJson } from '../content/list-json-guards.ts';
import { fetchJson } from './fetch-json.ts';

/** A page of a day of the archive (`2026-11-28`); null for a day without articles or past its last page. */
export const dayPageQuery = (day: string, page: number) =>
  queryOptions({
    queryKey: ['day', day, page],
    queryFn: () => fetchJson(dataFiles.dayPage(day, page), isDayPageJson),
  });

/** A month of the archive (`2026-11`); null for a month without articles. */
export const monthQuery = (month: string) =>
  queryOptions({
    queryKey: ['month', month],
    queryFn: () => fetchJson(dataFiles.month(month), isMonthJson),
  });
