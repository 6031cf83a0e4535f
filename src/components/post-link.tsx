import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { postQuery } from '../api/post-query.ts';
import { paths } from '../services/paths.ts';
import { LocalizedLink } from './localized-link.tsx';

interface PostLinkProps {
  slug: string;
  children: ReactNode;
  className?: string;
  /** One of the page's main list of headlines, which `j` and `k` move through. */
  listItem?: boolean;
}

/** A link to a post that starts loading it as soon as the reader points at it or tabs to it. */
export function PostLink({ slug, children, className, listItem = false }: PostLinkProps) {
  const queryClient = useQueryClient();
  const prefetch = () => {
    void queryClient.prefetchQuery(postQuery(slug));
  };
  return (
    <LocalizedLink
      to={paths.post(slug)}
      className={className}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      data-list-item={listItem ? '' : undefined}
    >
      {children}
    </LocalizedLink>
  );
}
