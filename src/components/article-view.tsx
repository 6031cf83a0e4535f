import { useId } from 'react';
import { usePageMeta } from '../services/page-meta.tsx';
import { paths } from '../services/paths.ts';
import type { PostJson } from '../content/site-json.ts';
import { headlineIn } from '../i18n/headline-in.ts';
import { useLanguage } from '../i18n/language.tsx';
import { describePost } from './describe-post.ts';
import { HeadlineText } from './headline-text.tsx';
import { LocalizedLink } from './localized-link.tsx';
import { PostMeta } from './post-meta.tsx';
import { PostsPanel } from './posts-panel.tsx';
import { ReadingTime } from './reading-time.tsx';
import { ShareButton } from './share-button.tsx';
import { articleText } from '../i18n/article-text.ts';
import { SectionText, UiText } from './ui-text.tsx';

/** A full article: its headline as the page's only h1, standfirst, paragraphs, then its popular posts
 * and the articles most like it. */
export function ArticleView({ post }: { post: PostJson }) {
  const { lang } = useLanguage();
  const headingId = useId();
  const title = headlineIn(post.headline, lang);
  usePageMeta({
    title: `${title}: Habari`,
    description: describePost(post),
    path: paths.post(post.slug),
    type: 'article',
    article: { headline: post.headline.sw, englishHeadline: post.headline.en, published: post.date },
  });
  return (
    <div className="post-layout">
      <article className="article" aria-labelledby={headingId}>
        <h1 id={headingId} className="article__headline">
          <HeadlineText headline={post.headline} />
        </h1>
        <PostMeta date={post.date} swahiliOnly={post.headline.en === null} linked />
        {post.standfirst && (
          <p className="article__standfirst" lang="sw">
            {post.standfirst}
          </p>
        )}
        {/* Share first: a box at the row's right end would move while a slow phone is still parsing it. */}
        <div className="article__meta">
          <ShareButton title={title} />
          <p className="article__reading-time">
            <ReadingTime body={post.body} />
          </p>
        </div>
        <div className="article__body" lang="sw">
          {post.body.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        <p className="article__back">
          <LocalizedLink to={paths.home()}>
            ← <UiText id="backToHeadlines" reserveBoth={false} />
          </LocalizedLink>
        </p>
      </article>
      <div className="post-layout__aside">
        <PostsPanel title={<UiText id="popularHeading" reserveBoth={false} />} posts={post.popular} />
        <PostsPanel
          title={<SectionText section={articleText} id="relatedHeading" reserveBoth={false} />}
          posts={post.related}
        />
      </div>
    </div>
  );
}
