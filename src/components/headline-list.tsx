import { useId } from 'react';
import type { IndexPageJson, PostSummary } from '../content/site-json.ts';
import { homeText } from '../i18n/home-text.ts';
import { dayOf } from '../i18n/format-date.ts';
import { HeadlineItems } from './headline-items.tsx';
import { Pagination } from './pagination.tsx';
import { PostDate } from './post-date.tsx';
import { SectionText } from './ui-text.tsx';

/**
 * A page of headlines, newest first, each with its standfirst, and links to newer and older pages. A dated
 * archive's headlines stand under a heading for each day, which leads to that day's page.
 */
export function HeadlineList({ page }: { page: IndexPageJson }) {
  const headingId = useId();
  const dated = page.posts.some((post) => post.date !== null);
  return (
    <section aria-labelledby={headingId} className="headlines">
      <h1 id={headingId}>
        {/* Both languages: in the heading type "Vichwa vya habari" wraps at 375 px where "Headlines" does not. */}
        <SectionText section={homeText} id="heading" />
      </h1>
      {dated ? (
        daysOf(page.posts).map(({ day, posts }, at) => (
          <div key={`${day}-${at}`} className="headline-day">
            <h2 className="headline-day__title">
              {day ? (
                <PostDate date={day} show="day" linked />
              ) : (
                <SectionText section={homeText} id="undated" />
              )}
            </h2>
            <HeadlineItems posts={posts} level={3} timeOnly />
          </div>
        ))
      ) : (
        <HeadlineItems posts={page.posts} level={2} />
      )}
      <Pagination page={page} />
    </section>
  );
}

/** Posts (newest first) in runs of the same day; an undated post is a run of its own kind. */
function daysOf(posts: readonly PostSummary[]): Array<{ day: string | null; posts: PostSummary[] }> {
  const days: Array<{ day: string | null; posts: PostSummary[] }> = [];
  for (const post of posts) {
    const day = post.date === null ? null : dayOf(post.date);
    const last = days.at(-1);
    if (last && last.day === day) last.posts.push(post);
    else days.push({ day, posts: [post] });
  }
  return days;
}
