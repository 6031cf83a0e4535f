// Post summaries for tests of the list pages: the article at a position in publication order, undated unless
// a date is given, and the slugs of a page to compare.
import type { PostSummary } from '../../src/content/site-json.ts';

export const summaryAt = (position: number, date: string | null = null): PostSummary => ({
  slug: `habari-${position}`,
  headline: { sw: `Habari ${position}`, en: null, enBy: null },
  standfirst: null,
  date,
  hasBody: true,
});

export const slugs = (page: { posts: PostSummary[] }) => page.posts.map((post) => post.slug);
