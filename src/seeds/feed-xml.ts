// The RSS 2.0 feed: every article with its headline, standfirst and link, in site order.
import { paths } from '../app/paths.ts';
import type { PostJson } from '../content/site-json.ts';
import { escapeMarkup } from '../content/escape-markup.ts';

export function feedXml(posts: readonly PostJson[], siteUrl: string): string {
  const url = (path: string) => escapeMarkup(new URL(path, siteUrl).href);
  const items = posts
    .filter((post) => post.hasBody)
    .map((post) => {
      const link = url(paths.post(post.slug));
      const description = post.standfirst ?? post.body[0] ?? '';
      return [
        '    <item>',
        `      <title>${escapeMarkup(post.headline.sw)}</title>`,
        `      <link>${link}</link>`,
        `      <guid isPermaLink="true">${link}</guid>`,
        `      <description>${escapeMarkup(description)}</description>`,
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
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
