import type { PostSummary } from '../content/site-json.ts';
import { HeadlineText } from './headline-text.tsx';
import { PostLink } from './post-link.tsx';

interface PostLinkListProps {
  posts: readonly PostSummary[];
  /** Numbered (a ranking) or not. */
  ordered?: boolean;
  className?: string;
}

/** A list of links to posts, each by its headline in the reader's language. */
export function PostLinkList({ posts, ordered = false, className }: PostLinkListProps) {
  const items = posts.map((post) => (
    <li key={post.slug}>
      <PostLink slug={post.slug}>
        <HeadlineText headline={post.headline} />
      </PostLink>
    </li>
  ));
  return ordered ? <ol className={className}>{items}</ol> : <ul className={className}>{items}</ul>;
}
