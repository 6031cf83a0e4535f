import { useId } from 'react';
import type { PostSummary } from '../content/site-json.ts';
import { HeadlineText } from './headline-text.tsx';
import { PostLink } from './post-link.tsx';
import { UiText } from './ui-text.tsx';

/** The popular-posts panel: a labelled region of links to posts. */
export function PopularPosts({ posts }: { posts: readonly PostSummary[] }) {
  const headingId = useId();
  if (posts.length === 0) return null;
  return (
    <aside aria-labelledby={headingId} className="panel">
      <h2 id={headingId} className="panel__title">
        <UiText id="popularHeading" />
      </h2>
      <ol className="panel__list">
        {posts.map((post) => (
          <li key={post.slug}>
            <PostLink slug={post.slug}>
              <HeadlineText headline={post.headline} />
            </PostLink>
          </li>
        ))}
      </ol>
    </aside>
  );
}
