import { describe, expect, it } from 'vitest';
import type { PostJson } from '../content/site-json.ts';
import { feedXml } from './feed-xml.ts';
import { robotsTxt, sitemapXml } from './sitemap-xml.ts';

const post = (slug: string, sw: string, hasBody = true): PostJson => ({
  slug,
  headline: { sw, en: null, enBy: null },
  standfirst: hasBody ? 'Muhtasari <b>& "zaidi"</b>' : null,
  hasBody,
  body: hasBody ? ['Aya.'] : [],
  popular: [],
  listedIn: [],
  related: [],
});

describe('feed, sitemap and robots.txt', () => {
  const posts = [post('habari-ya-kwanza', 'Habari <script>alert(1)</script>'), post('kichwa-tu', 'Kichwa tu', false)];

  it('lists every article in the feed with its headline, standfirst and link, markup escaped', () => {
    const xml = feedXml(posts, 'https://habari.example');
    expect(xml).toContain('<title>Habari &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).toContain('<link>https://habari.example/habari/habari-ya-kwanza</link>');
    expect(xml).toContain('<description>Muhtasari &lt;b&gt;&amp; &quot;zaidi&quot;&lt;/b&gt;</description>');
    expect(xml).not.toContain('kichwa-tu');
    expect(xml.match(/<item>/g)).toHaveLength(1);
  });

  it('lists every page and post in the sitemap', () => {
    const xml = sitemapXml(
      [{ page: 1, pageCount: 2, total: 60, posts: [] }, { page: 2, pageCount: 2, total: 60, posts: [] }],
      posts,
      'https://habari.example',
    );
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://habari.example/',
      'https://habari.example/ukurasa/2',
      'https://habari.example/habari/habari-ya-kwanza',
      'https://habari.example/habari/kichwa-tu',
    ]);
  });

  it('points robots.txt at the sitemap', () => {
    expect(robotsTxt('https://habari.example')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://habari.example/sitemap.xml\n',
    );
  });
});
