// A post's data, read from its prerendered page: the page carries the post in its embedded state (and an
// article's paragraphs in its markup), so the build writes one file per post, and reading one inside the app
// fetches the very page the service worker keeps for offline reading. A missing page is an answer (null);
// every other failure is a DataError, which the views show with a Retry button.
import { paths } from '../services/paths.ts';
import { readEmbeddedState } from '../services/embedded-state.ts';
import { isPostJson } from '../content/site-json-guards.ts';
import type { PostJson } from '../content/site-json.ts';
import { DataError } from './data-errors.ts';

export async function fetchPostPage(slug: string): Promise<PostJson | null> {
  const url = `${import.meta.env.BASE_URL}${paths.post(slug).slice(1)}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'text/html' } });
  } catch (error) {
    throw new DataError(url, error instanceof Error ? error.message : 'network error');
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new DataError(url, `HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const post = readEmbeddedState(page)?.queries.find(([key]) => key[0] === 'post' && key[1] === slug)?.[1];
  if (!isPostJson(post)) throw new DataError(url, 'the answer is not the data we expected');
  return post;
}
