import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { postQuery } from '../api/post-query.ts';
import { ArticleView, HeadlineOnlyView, NotFoundView } from '../components/lazy-views.ts';
import { SLUG_PATTERN } from '../content/data-files.ts';
import { RouteBoundary } from './route-boundary.tsx';

/** `/habari/:slug`: a full article, or a headline-only popular post. */
export function ArticleRoute() {
  const { slug = '' } = useParams();
  if (!SLUG_PATTERN.test(slug)) return <NotFoundView />;
  return (
    <RouteBoundary>
      <Post slug={slug} />
    </RouteBoundary>
  );
}

function Post({ slug }: { slug: string }) {
  const { data: post } = useSuspenseQuery(postQuery(slug));
  if (!post) return <NotFoundView />;
  return post.hasBody ? <ArticleView post={post} /> : <HeadlineOnlyView post={post} />;
}
