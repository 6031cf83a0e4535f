// What each prerendered page needs in its query cache, named by the query factories the routes use.
import { indexPageQuery } from '../api/index-page-query.ts';
import { popularQuery } from '../api/popular-query.ts';
import { postQuery } from '../api/post-query.ts';
import type { EmbeddedQuery } from '../services/embedded-state.ts';
import type { DayPageJson, IndexPageJson, MonthJson, PopularJson, PostJson } from '../content/site-json.ts';
import { dayPageQuery, monthQuery } from '../api/archive-queries.ts';

export type PageData =
  | { kind: 'list'; page: IndexPageJson; popular: PopularJson | null }
  | { kind: 'post'; post: PostJson }
  | { kind: 'day'; page: DayPageJson }
  | { kind: 'month'; page: MonthJson }
  | { kind: 'search' }
  | { kind: 'not-found' }
  | { kind: 'offline' };

export function pageQueries(data: PageData): EmbeddedQuery[] {
  switch (data.kind) {
    case 'list':
      return [
        [indexPageQuery(data.page.page ?? 'front').queryKey, data.page],
        ...(data.popular ? [[popularQuery().queryKey, data.popular] as EmbeddedQuery] : []),
      ];
    case 'post':
      return [[postQuery(data.post.slug).queryKey, data.post]];
    case 'day':
      return [[dayPageQuery(data.page.day, data.page.page).queryKey, data.page]];
    case 'month':
      return [[monthQuery(data.page.month).queryKey, data.page]];
    case 'search':
    case 'not-found':
    case 'offline':
      return [];
  }
}
