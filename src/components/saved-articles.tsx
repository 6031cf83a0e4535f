// The articles the service worker has kept, read from its cache, so an offline reader sees what they can open.
import { useEffect, useState } from 'react';
import { CACHE_NAMES } from '../services/cache-names.ts';
import { readEmbeddedState } from '../services/embedded-state.ts';
import { isPostJson } from '../content/site-json-guards.ts';
import type { PostSummary } from '../content/site-json.ts';
import { PostLinkList } from './post-link-list.tsx';
import { offlineText } from '../i18n/offline-text.ts';
import { SectionText } from './ui-text.tsx';

/** The articles among the pages the service worker kept: each page carries its post in its state. */
async function readSavedArticles(): Promise<PostSummary[]> {
  if (typeof caches === 'undefined') return [];
  const cache = await caches.open(CACHE_NAMES.pages);
  const requests = (await cache.keys()).filter((request) =>
    new URL(request.url).pathname.startsWith('/habari/'),
  );
  const posts = await Promise.all(
    requests.map(async (request) => {
      const html = await (await cache.match(request))?.text().catch(() => null);
      if (!html) return null;
      const state = readEmbeddedState(new DOMParser().parseFromString(html, 'text/html'));
      const value = state?.queries.find(([key]) => key[0] === 'post')?.[1];
      return isPostJson(value) && value.hasBody ? value : null;
    }),
  );
  const seen = new Set<string>();
  return posts.filter((post): post is NonNullable<typeof post> => {
    if (!post || seen.has(post.slug)) return false;
    seen.add(post.slug);
    return true;
  });
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
