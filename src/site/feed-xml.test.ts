import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, feedXml, rfc822 } from './feed-xml.ts';
import { robotsTxt, sitemapFiles, sitemapIndexXml, sitemapXml, URLS_PER_SITEMAP } from './sitemaps.ts';

describe('feed, sitemaps and robots.txt', () => {
  const items = [
    {
      slug: 'habari-ya-kwanza',
      title: 'Habari <script>alert(1)</script>',
      description: 'Muhtasari <b>& "zaidi"</b>',
      date: null,
    },
  ];
  const NAIROBI = 'Africa/Nairobi';

  it('lists articles in the feed with their headline, summary and link, markup escaped', () => {
    const xml = feedXml(items, 'https://habari.example', NAIROBI);
    expect(xml).toContain('<title>Habari &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).toContain('<link>https://habari.example/habari/habari-ya-kwanza</link>');
    expect(xml).toContain('<description>Muhtasari &lt;b&gt;&amp; &quot;zaidi&quot;&lt;/b&gt;</description>');
    expect(xml.match(/<item>/g)).toHaveLength(1);
  });

  it('holds at most the newest 100 articles', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({
      slug: `h-${i}`,
      title: `H ${i}`,
      description: '',
      date: null,
    }));
    const xml = feedXml(many, 'https://habari.example', NAIROBI);
    expect(xml.match(/<item>/g)).toHaveLength(FEED_LIMIT);
    expect(xml).toContain('/habari/h-0<');
    expect(xml).not.toContain('/habari/h-100<');
  });

  it('dates each dated item (RFC 822, with its offset) and the channel by its newest article, never the clock', () => {
    const dated = [
      { ...items[0], slug: 'newest-undated', date: null },
      { ...items[0], slug: 'b', date: '2026-11-28T09:30+03:00' },
      { ...items[0], slug: 'a', date: '2026-11-27' },
    ];
    const xml = feedXml(dated as typeof items, 'https://habari.example', NAIROBI);
    expect([...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((match) => match[1])).toEqual([
      'Sat, 28 Nov 2026 09:30:00 +0300',
      'Fri, 27 Nov 2026 00:00:00 +0300',
    ]);
    expect(xml).toContain('<lastBuildDate>Sat, 28 Nov 2026 09:30:00 +0300</lastBuildDate>');
    expect(feedXml(items, 'https://habari.example', NAIROBI)).not.toContain('lastBuildDate');
  });

  it.each([
    ['2026-11-28T09:30+03:00', NAIROBI, 'Sat, 28 Nov 2026 09:30:00 +0300'],
    ['2026-07-01', 'Europe/London', 'Wed, 01 Jul 2026 00:00:00 +0100'],
    ['2026-12-01', 'Europe/London', 'Tue, 01 Dec 2026 00:00:00 +0000'],
  ])('writes %s in %s as RSS wants it', (date, zone, expected) => {
    expect(rfc822(date, zone)).toBe(expected);
  });

  const site = (posts: number, days: number) => ({
    listPages: 2401,
    posts: Array.from({ length: posts }, (_, i) => ({
      slug: `h-${i}`,
      date: i % 2 ? '2026-11-28T09:30+03:00' : null,
    })),
    days: Array.from({ length: days }, (_, i) => ({
      day: `2026-01-${String(i + 1).padStart(2, '0')}`,
      pages: i === 0 ? 2 : 1,
      newest: `2026-01-${String(i + 1).padStart(2, '0')}T18:00+03:00`,
    })),
    months: ['2026-01'],
  });

  it('splits the sitemap into files of at most 50,000 URLs, every page, post, day and month once, in order', () => {
    const files = sitemapFiles(site(120_001, 3));
    expect(files.map((file) => [file.fileName, file.entries.length])).toEqual([
      ['sitemaps/pages-1.xml', 2402],
      ['sitemaps/posts-1.xml', URLS_PER_SITEMAP],
      ['sitemaps/posts-2.xml', URLS_PER_SITEMAP],
      ['sitemaps/posts-3.xml', 20_001],
      ['sitemaps/days-1.xml', 4],
      ['sitemaps/months-1.xml', 1],
    ]);
    const all = files.flatMap((file) => file.entries.map((entry) => entry.path));
    expect(new Set(all).size).toBe(all.length);
    expect(files[0]?.entries.slice(0, 2).map((entry) => entry.path)).toEqual(['/', '/ukurasa/1']);
    expect(files[4]?.entries.map((entry) => entry.path)).toEqual([
      '/tarehe/2026-01-01',
      '/tarehe/2026-01-01/2',
      '/tarehe/2026-01-02',
      '/tarehe/2026-01-03',
    ]);
    // A new post changes the last file of its series only.
    const next = sitemapFiles({
      ...site(120_001, 3),
      posts: [...site(120_001, 3).posts, { slug: 'new', date: null }],
    });
    expect(next.slice(0, 3)).toEqual(files.slice(0, 3));
    expect(next.slice(4)).toEqual(files.slice(4));
  });

  it('writes sitemap files and an index to the protocol, a dated page with its <lastmod>', async () => {
    const xml = await sitemapXml(
      [
        { path: '/', lastmod: null },
        { path: '/habari/a&b', lastmod: '2026-11-28T09:30+03:00' },
        { path: '/tarehe/2026-11-27', lastmod: '2026-11-27' },
      ],
      'https://habari.example',
      NAIROBI,
    );
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://habari.example/',
      'https://habari.example/habari/a&amp;b',
      'https://habari.example/tarehe/2026-11-27',
    ]);
    // One <lastmod> a dated page, the moment in UTC (a day without a time: its midnight in Nairobi).
    expect([...xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((match) => match[1])).toEqual([
      '2026-11-28T06:30:00.000Z',
      '2026-11-26T21:00:00.000Z',
    ]);
    const index = await sitemapIndexXml(
      ['sitemaps/pages-1.xml', 'sitemaps/posts-1.xml'],
      'https://habari.example',
    );
    expect(index).toContain('<sitemapindex');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://habari.example/sitemaps/pages-1.xml',
      'https://habari.example/sitemaps/posts-1.xml',
    ]);
  });

  it('points robots.txt at the sitemap index', () => {
    expect(robotsTxt('https://habari.example')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://habari.example/sitemap.xml\n',
    );
  });
});
