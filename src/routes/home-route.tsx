import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { indexPageQuery } from '../api/index-page-query.ts';
import { popularQuery } from '../api/popular-query.ts';
import { usePageMeta } from '../services/page-meta.tsx';
import { NotFoundView } from '../components/lazy-views.ts';
import type { IndexPageJson } from '../content/site-json.ts';
import { paths } from '../services/paths.ts';
import { ArchiveMonths } from '../components/archive-months.tsx';
import { HeadlineList } from '../components/headline-list.tsx';
import { PostsPanel } from '../components/posts-panel.tsx';
import { UiText } from '../components/ui-text.tsx';
import { homeText } from '../i18n/home-text.ts';
import { useText } from '../i18n/use-message.ts';
import { parseListPageNumber } from './list-page-number.ts';
import { RouteBoundary } from './route-boundary.tsx';

/**
 * `/`: the newest headlines beside the popular posts of all seeds and the newest months of the archive (the
 * list takes the whole width when there are neither). `/ukurasa/:page`: a numbered page of the archive (page 1
 * is the oldest), headlines only, so an old page stays the same as the archive grows.
 */
export function HomeRoute() {
  const { page: raw } = useParams();
  const page = raw === undefined ? 'front' : parseListPageNumber(raw);
  // The front page's data, as far as it has come: the list and the panel load it (and say so if they cannot).
  const popular = useQuery({ ...popularQuery(), enabled: false }).data;
  const front = useQuery({ ...indexPageQuery('front'), enabled: false }).data;
  const months = front?.months ?? [];
  // The list has the page to itself on a numbered page, and on a front page with no popular posts and no dated
  // months. Decided from the data the page is rendered with, so the prerendered HTML carries the layout from its
  // first bytes: a browser paints the list before it has read the column beside it, and a layout chosen by what
  // that column holds would move the list when the column arrived.
  const wide = page !== 'front' || (popular?.posts.length === 0 && front != null && months.length === 0);
  if (page === null) return <NotFoundView />;
  return (
    <div className={wide ? 'home-layout home-layout--wide' : 'home-layout'}>
      <RouteBoundary>
        <ListPage page={page} />
      </RouteBoundary>
      {!wide && (
        <div className="home-layout__aside">
          <RouteBoundary>
            <AllPopularPosts />
          </RouteBoundary>
          <ArchiveMonths months={months} />
        </div>
      )}
    </div>
  );
}

function ListPage({ page }: { page: number | 'front' }) {
  const { data } = useSuspenseQuery(indexPageQuery(page));
  return data ? <ListPageContent page={data} /> : <NotFoundView />;
}

function ListPageContent({ page }: { page: IndexPageJson }) {
  const t = useText(homeText);
  usePageMeta({
    title: page.page === null ? t('title') : t('pageTitle', { page: page.page }),
    description: t('description'),
    path: page.page === null ? paths.home() : paths.listPage(page.page),
    type: 'website',
  });
  return <HeadlineList page={page} />;
}

function AllPopularPosts() {
  const { data } = useSuspenseQuery(popularQuery());
  return <PostsPanel title={<UiText id="popularHeading" reserveBoth={false} />} posts={data.posts} />;
}
