// The RSS 2.0 feed: the newest articles (at most FEED_LIMIT), newest first, with headline, summary and link.
import { paths } from '../app/paths.ts';
import { escapeMarkup } from '../content/escape-markup.ts';

/** Feed readers want what is new, not the archive: a feed of every article would grow without end. */
export const FEED_LIMIT = 100;

export interface FeedItem {
  slug: string;
  title: string;
  /** The standfirst, or the first paragraph when there is none. */
  description: string;
}

export function feedXml(items: readonly FeedItem[], siteUrl: string): string {
  const url = (path: string) => escapeMarkup(new URL(path, siteUrl).href);
  const entries = items.slice(0, FEED_LIMIT).map((item) => {
    const link = url(paths.post(item.slug));
    return [
      '    <item>',
      `      <title>${escapeMarkup(item.title)}</title>`,
      `      <link>${link}</link>`,
      `      <guid isPermaLink="true">${link}</guid>`,
      `      <description>${escapeMarkup(item.description)}</description>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    '    <title>Habari</title>',
    `    <link>${url('/')}</link>`,
    '    <description>Habari za dunia kwa Kiswahili.</description>',
    '    <language>sw</language>',
    `    <atom:link href="${url('/feed.xml')}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
