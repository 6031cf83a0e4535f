// sitemap.xml: the front page, every further page of the list, and every post.
import { paths } from '../app/paths.ts';
import type { IndexPageJson, PostJson } from '../content/site-json.ts';
import { escapeMarkup } from '../content/escape-markup.ts';

export function sitemapXml(pages: readonly IndexPageJson[], posts: readonly PostJson[], siteUrl: string): string {
  const urls = [
    ...pages.map((page) => paths.listPage(page.page)),
    ...posts.map((post) => paths.post(post.slug)),
  ].map((path) => `  <url><loc>${escapeMarkup(new URL(path, siteUrl).href)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', siteUrl).href}\n`;
}
