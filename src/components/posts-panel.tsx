import { useId, type ReactNode } from 'react';
import type { PostSummary } from '../content/site-json.ts';
import { PostLinkList } from './post-link-list.tsx';

interface PostsPanelProps {
  /** The panel's heading: popular posts, or related articles. */
  title: ReactNode;
  posts: readonly PostSummary[];
}

/** A panel of links to posts, as a labelled region; nothing when there are none. */
export function PostsPanel({ title, posts }: PostsPanelProps) {
  const headingId = useId();
  if (posts.length === 0) return null;
  return (
    <aside aria-labelledby={headingId} className="panel">
      <h2 id={headingId} className="panel__title">
        {title}
      </h2>
      <PostLinkList posts={posts} ordered className="panel__list" />
    </aside>
  );
}
