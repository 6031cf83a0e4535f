import type { PostSummary } from '../content/site-json.ts';
import { HeadlineText } from './headline-text.tsx';
import { PostLink } from './post-link.tsx';
import { PostMeta } from './post-meta.tsx';

interface HeadlineItemsProps {
  posts: readonly PostSummary[];
  /** The headlines' heading level: 3 under a heading for their day, 2 otherwise. */
  level: 2 | 3;
  /** Under a heading that gives their day: each shows its time only. */
  timeOnly?: boolean;
}

/** Headlines of the page's main list, each with when it was published and its standfirst. */
export function HeadlineItems({ posts, level, timeOnly = false }: HeadlineItemsProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <ol className="headline-list">
      {posts.map((post) => (
        <li key={post.slug} className="headline-item">
          <Heading className="headline-item__title">
            <PostLink slug={post.slug} listItem>
              <HeadlineText headline={post.headline} />
            </PostLink>
          </Heading>
          <PostMeta date={post.date} swahiliOnly={post.headline.en === null} timeOnly={timeOnly} />
          {post.standfirst && (
            <p className="headline-item__standfirst" lang="sw">
              {post.standfirst}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
