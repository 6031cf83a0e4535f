// The articles the service worker has kept, read from its cache, so an offline reader sees what they can open.
import { useEffect, useState } from 'react';
import { CACHE_NAMES } from '../app/cache-names.ts';
import { isPostJson } from '../content/site-json-guards.ts';
import type { PostSummary } from '../content/site-json.ts';
import { PostLinkList } from './post-link-list.tsx';
import { offlineText } from '../i18n/offline-text.ts';
import { SectionText } from './ui-text.tsx';

async function readSavedArticles(): Promise<PostSummary[]> {
  if (typeof caches === 'undefined') return [];
  const cache = await caches.open(CACHE_NAMES.data);
  const requests = (await cache.keys()).filter((request) =>
    new URL(request.url).pathname.startsWith('/data/posts/'),
  );
  const posts = await Promise.all(
    requests.map(async (request) => {
      const value: unknown = await (await cache.match(request))?.json().catch(() => null);
      return isPostJson(value) && value.hasBody ? value : null;
    }),
  );
  return posts.filter((post) => post !== null);
}

export function SavedArticles() {
  const [saved, setSaved] = useState<PostSummary[] | null>(null);
  useEffect(() => {
    readSavedArticles().then(setSaved, () => setSaved([]));
  }, []);
  if (saved === null) return null;
  if (saved.length === 0) {
    return (
      <p>
        <SectionText section={offlineText} id="noneSaved" />
      </p>
    );
  }
  return (
    <>
      <p>
        <SectionText section={offlineText} id="saved" />
      </p>
      <PostLinkList posts={saved} className="link-list" />
    </>
  );
}
