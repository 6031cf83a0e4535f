// The RSS 2.0 feed: the newest articles (at most FEED_LIMIT), newest first, with headline, summary, link and,
// when the article is dated, its publication date; the channel's last build date is the newest article's, never
// the clock's, so the same seeds give the same feed.
import { paths } from '../services/paths.ts';
import { escapeMarkup } from '../content/escape-markup.ts';
import { momentOf } from '../seeds/seed-date.ts';

/** Feed readers want what is new, not the archive: a feed of every article would grow without end. */
export const FEED_LIMIT = 100;

export interface FeedItem {
  slug: string;
  title: string;
  /** The standfirst, or the first paragraph when there is none. */
  description: string;
  /** When it was published (src/seeds/seed-date.ts), or null. */
  date: string | null;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as RSS wants it (RFC 822, with the offset): `Sat, 28 Nov 2026 09:30:00 +0300`. */
export function rfc822(date: string, zone: string): string {
  const moment = momentOf(date, zone);
  const [year, month, day] = moment.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const offset = moment.slice(16).replace(':', '');
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]} ${year} ${moment.slice(11, 16)}:00 ${offset}`;
}

export function feedXml(items: readonly FeedItem[], siteUrl: string, zone: string): string {
  const url = (path: string) => escapeMarkup(new URL(path, siteUrl).href);
  const entries = items.slice(0, FEED_LIMIT).map((item) => {
    const link = url(paths.post(item.slug));
    return [
      '    <item>',
      `      <title>${escapeMarkup(item.title)}</title>`,
      `      <link>${link}</link>`,
      `      <guid isPermaLink="true">${link}</guid>`,
      `      <description>${escapeMarkup(item.description)}</description>`,
      ...(item.date ? [`      <pubDate>${rfc822(item.date, zone)}</pubDate>`] : []),
      '    </item>',
    ].join('\n');
  });
  // The newest article's date (items come newest first).
  const newest = items.find((item) => item.date !== null)?.date ?? null;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    '    <title>Habari</title>',
    `    <link>${url('/')}</link>`,
    '    <description>Habari za dunia kwa Kiswahili.</description>',
    '    <language>sw</language>',
    `    <atom:link href="${url('/feed.xml')}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`    <lastBuildDate>${rfc822(newest, zone)}</lastBuildDate>`] : []),
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
