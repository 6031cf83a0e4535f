import { usePageMeta } from '../services/page-meta.tsx';
import { paths } from '../services/paths.ts';
import { message } from '../i18n/messages.ts';
import { GoHomeLink } from './go-home-link.tsx';
import { UiText } from './ui-text.tsx';

/** The page for any address that is not in the collection: the same in both languages, with a way home. */
export function NotFoundView() {
  usePageMeta({
    title: `${message('sw', 'notFoundTitle')} / ${message('en', 'notFoundTitle')}: Habari`,
    description: message('sw', 'notFoundBody'),
    path: paths.notFound(),
    type: 'website',
  });
  return (
    <div className="not-found">
      <h1 lang="sw">{message('sw', 'notFoundTitle')}</h1>
      <p className="not-found__aside">
        <span lang="en">{message('en', 'notFoundTitle')}</span> · <span className="not-found__code">404</span>
      </p>
      <p>
        <UiText id="notFoundBody" />
      </p>
      <p>
        <GoHomeLink />
      </p>
    </div>
  );
}
