import { useId } from 'react';
import type { IndexPageJson } from '../content/site-json.ts';
import { HeadlineText } from './headline-text.tsx';
import { Pagination } from './pagination.tsx';
import { PostLink } from './post-link.tsx';
import { homeText } from '../i18n/home-text.ts';
import { SectionText } from './ui-text.tsx';

/** A page of headlines, newest first, each with its standfirst, and links to newer and older pages. */
export function HeadlineList({ page }: { page: IndexPageJson }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="headlines">
      <h1 id={headingId}>
        {/* Both languages: in the heading type "Vichwa vya habari" wraps at 375 px where "Headlines" does not. */}
        <SectionText section={homeText} id="heading" />
      </h1>
      <ol className="headline-list">
        {page.posts.map((post) => (
          <li key={post.slug} className="headline-item">
            <h2 className="headline-item__title">
              <PostLink slug={post.slug} listItem>
                <HeadlineText headline={post.headline} />
              </PostLink>
            </h2>
            {post.standfirst && (
              <p className="headline-item__standfirst" lang="sw">
                {post.standfirst}
              </p>
            )}
          </li>
        ))}
      </ol>
      <Pagination page={page} />
    </section>
  );
}
