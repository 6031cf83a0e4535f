// The headline list in pages. Numbered pages count from the oldest article: page 1 holds the first 50 ever
// published, and a page, once full, never changes its articles, so adding an article changes the newest page
// and the front page only. The front page (`/`) shows the newest page together with the full page before it
// while the newest is still filling up: between 50 and 99 headlines, and never a page of one.
import { HEADLINES_PER_PAGE } from '../content/data-files.ts';
import type { IndexPageJson, PostSummary } from '../content/site-json.ts';

export function pageCount(articles: number): number {
  return Math.max(1, Math.ceil(articles / HEADLINES_PER_PAGE));
}

/** The numbered pages the front page shows, newest first. */
export function frontPageNumbers(articles: number): number[] {
  const last = pageCount(articles);
  const newestIsFull = articles % HEADLINES_PER_PAGE === 0;
  return newestIsFull || last === 1 ? [last] : [last, last - 1];
}

/** Which articles (positions in publication order) a numbered page holds: [first, end). */
export function pageRange(page: number, articles: number): [number, number] {
  return [(page - 1) * HEADLINES_PER_PAGE, Math.min(page * HEADLINES_PER_PAGE, articles)];
}

/** A numbered page, newest first; `summaryAt(i)` is the summary of the i-th article in publication order. */
export function numberedPage(
  page: number,
  articles: number,
  summaryAt: (position: number) => PostSummary,
): IndexPageJson {
  const [first, end] = pageRange(page, articles);
  return {
    page,
    newer: page < pageCount(articles) ? page + 1 : null,
    older: page > 1 ? page - 1 : null,
    posts: newestFirst(first, end, summaryAt),
  };
}

export function frontPage(articles: number, summaryAt: (position: number) => PostSummary): IndexPageJson {
  const shown = frontPageNumbers(articles);
  const oldestShown = shown.at(-1) ?? 1;
  const [first] = pageRange(oldestShown, articles);
  return {
    page: null,
    newer: null,
    older: oldestShown > 1 ? oldestShown - 1 : null,
    posts: newestFirst(first, articles, summaryAt),
  };
}

function newestFirst(
  first: number,
  end: number,
  summaryAt: (position: number) => PostSummary,
): PostSummary[] {
  const posts: PostSummary[] = [];
  for (let position = end - 1; position >= first; position--) posts.push(summaryAt(position));
  return posts;
}
