import { usePageMeta } from '../services/page-meta.tsx';
import { paths } from '../services/paths.ts';
import { useHydrated } from '../services/stored-preference.ts';
import { offlineText } from '../i18n/offline-text.ts';
import { GoHomeLink } from './go-home-link.tsx';
import { SavedArticles } from './saved-articles.tsx';
import { SectionText } from './ui-text.tsx';

/** What the service worker shows for a page it cannot fetch or find in its cache: what is and is not available. */
export function OfflineView() {
  const hydrated = useHydrated();
  usePageMeta({
    title: `${offlineText.sw.title} / ${offlineText.en.title}: Habari`,
    description: `${offlineText.sw.title} / ${offlineText.en.title}`,
    path: paths.offline(),
    type: 'website',
  });
  return (
    <div className="offline">
      <h1>
        <SectionText section={offlineText} id="title" />
      </h1>
      <p>
        <SectionText section={offlineText} id="body" />
      </p>
      {hydrated && <SavedArticles />}
      <p>
        <GoHomeLink />
      </p>
    </div>
  );
}
