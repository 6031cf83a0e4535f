import { useId } from 'react';
import { usePageMeta } from '../services/page-meta.tsx';
import { paths } from '../services/paths.ts';
import type { PostJson } from '../content/site-json.ts';
import { headlineIn } from '../i18n/headline-in.ts';
import { useLanguage } from '../i18n/language.tsx';
import { headlineOnlyText } from '../i18n/headline-only-text.ts';
import { textIn } from '../i18n/text-section.ts';
import { HeadlineText } from './headline-text.tsx';
import { LocalizedLink } from './localized-link.tsx';
import { PostLinkList } from './post-link-list.tsx';
import { SectionText, UiText } from './ui-text.tsx';

/** A popular post whose full text is not in the collection: its headline, a plain statement, and ways back. */
export function HeadlineOnlyView({ post }: { post: PostJson }) {
  const { lang } = useLanguage();
  const listedId = useId();
  usePageMeta({
    title: `${headlineIn(post.headline, lang)}: Habari`,
    description: textIn(headlineOnlyText, lang, 'notInCollection'),
    path: paths.post(post.slug),
    type: 'article',
  });
  return (
    <article className="article">
      <h1 className="article__headline">
        <HeadlineText headline={post.headline} />
      </h1>
      <p className="notice">
        <SectionText section={headlineOnlyText} id="notInCollection" />
      </p>
      {post.listedIn.length > 0 && (
        <section aria-labelledby={listedId}>
          <h2 id={listedId} className="section-title">
            <SectionText section={headlineOnlyText} id="listedIn" />
          </h2>
          <PostLinkList posts={post.listedIn} className="link-list" />
        </section>
      )}
      <p className="article__back">
        <LocalizedLink to={paths.home()}>
          ← <UiText id="backToHeadlines" reserveBoth={false} />
        </LocalizedLink>
      </p>
    </article>
  );
}
