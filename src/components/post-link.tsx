import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { postQuery } from '../api/post-query.ts';
import { paths } from '../app/paths.ts';
import { LocalizedLink } from './localized-link.tsx';

interface PostLinkProps {
  slug: string;
  children: ReactNode;
  className?: string;
}

/** A link to a post that starts loading it as soon as the reader points at it or tabs to it. */
export function PostLink({ slug, children, className }: PostLinkProps) {
  const queryClient = useQueryClient();
  const prefetch = () => {
    void queryClient.prefetchQuery(postQuery(slug));
  };
  return (
    <LocalizedLink to={paths.post(slug)} className={className} onMouseEnter={prefetch} onFocus={prefetch}>
      {children}
    </LocalizedLink>
  );
}
