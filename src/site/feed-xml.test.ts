import { describe, expect, it } from 'vitest';
import { FEED_LIMIT, feedXml } from './feed-xml.ts';
import { robotsTxt, sitemapFiles, sitemapIndexXml, sitemapXml, URLS_PER_SITEMAP } from './sitemaps.ts';

describe('feed, sitemaps and robots.txt', () => {
  const items = [
    {
      slug: 'habari-ya-kwanza',
      title: 'Habari <script>alert(1)</script>',
      description: 'Muhtasari <b>& "zaidi"</b>',
    },
  ];

  it('lists articles in the feed with their headline, summary and link, markup escaped', () => {
    const xml = feedXml(items, 'https://habari.example');
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
    }));
    const xml = feedXml(many, 'https://habari.example');
    expect(xml.match(/<item>/g)).toHaveLength(FEED_LIMIT);
    expect(xml).toContain('/habari/h-0<');
    expect(xml).not.toContain('/habari/h-100<');
  });

  it('splits the sitemap into files of at most 50,000 URLs, every page and post once, in order', () => {
    const slugs = Array.from({ length: 120_001 }, (_, i) => `h-${i}`);
    const files = sitemapFiles(2401, slugs);
    expect(files.map((file) => [file.fileName, file.paths.length])).toEqual([
      ['sitemaps/pages-1.xml', 2402],
      ['sitemaps/posts-1.xml', URLS_PER_SITEMAP],
      ['sitemaps/posts-2.xml', URLS_PER_SITEMAP],
      ['sitemaps/posts-3.xml', 20_001],
    ]);
    const all = files.flatMap((file) => file.paths);
    expect(new Set(all).size).toBe(all.length);
    expect(files[0]?.paths.slice(0, 2)).toEqual(['/', '/ukurasa/1']);
    // A new post changes the last file only.
    const next = sitemapFiles(2401, [...slugs, 'h-new']);
    expect(next.slice(0, 3)).toEqual(files.slice(0, 3));
  });

  it('writes sitemap files and an index to the protocol', async () => {
    const xml = await sitemapXml(['/', '/habari/a&b'], 'https://habari.example');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://habari.example/',
      'https://habari.example/habari/a&amp;b',
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
