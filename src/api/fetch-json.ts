// Fetches one of the site's JSON files. A missing file is an answer (null: not in the collection);
// every other failure is a DataError, which the views show with a Retry button.
import { DataError } from './data-errors.ts';

export async function fetchJson<T>(
  fileName: string,
  isValid: (value: unknown) => value is T,
): Promise<T | null> {
  const url = `${import.meta.env.BASE_URL}${fileName}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new DataError(url, error instanceof Error ? error.message : 'network error');
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new DataError(url, `HTTP ${response.status}`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new DataError(url, 'the answer is not valid JSON');
  }
  if (!isValid(value)) throw new DataError(url, 'the answer is not the data we expected');
  return value;
}
