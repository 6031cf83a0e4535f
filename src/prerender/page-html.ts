// Puts a prerendered page into the built index.html: head tags, app markup, hydration state, inlined CSS.
// The template is split once at its markers, so each page is a single concatenation (10,000 pages, little garbage).
import { EMBEDDED_STATE_ID } from '../services/embedded-state.ts';
import type { PageMeta } from '../services/page-meta.tsx';
import { escapeMarkup } from '../content/escape-markup.ts';
import type { RenderedPage } from './entry-server.tsx';
import { contentSecurityPolicy, styleHash } from '../hosting/security-headers.ts';
import { articleHeadTags } from './structured-data.ts';

export const HEAD_MARKER = '<!--app-head-->';
export const APP_MARKER = '<!--app-html-->';
export const STATE_MARKER = '<!--app-state-->';

export interface PageTemplateOptions {
  /** Origin the site is published at, for canonical and Open Graph URLs, e.g. `https://habari.example`. */
  siteUrl: string;
  /** The site's stylesheet, inlined so text paints without waiting for another request. */
  css: string;
  /** The `<link rel="stylesheet">` tag Vite wrote into the template, replaced by the inline CSS. */
  cssLinkTag: string | null;
}

export interface PageOptions {
  /** Pages that must not be indexed (not found, offline, empty search) get noindex instead of a canonical link. */
  noIndex: boolean;
  /** Script chunks the page's view needs, fetched alongside the entry instead of after it. */
  preloads: readonly string[];
}

export type PageWriter = (page: RenderedPage, options: PageOptions) => string;

export function pageTemplate(template: string, options: PageTemplateOptions): PageWriter {
  const withCss = options.cssLinkTag
    ? template.replace(options.cssLinkTag, () => `<style>${options.css}</style>`)
    : template;
  const policy = `<meta http-equiv="Content-Security-Policy" content="${escapeMarkup(
    contentSecurityPolicy([styleHash(options.css)], 'meta'),
  )}">\n    `;
  const [beforeHead, afterHead] = splitOnce(withCss, HEAD_MARKER);
  const [beforeApp, afterApp] = splitOnce(afterHead, APP_MARKER);
  const [beforeState, afterState] = splitOnce(afterApp, STATE_MARKER);
  return (page, { noIndex, preloads }) =>
    beforeHead +
    policy +
    headTags(page.meta, options.siteUrl, noIndex) +
    preloads
      .map((file) => `\n    <link rel="modulepreload" crossorigin href="/${escapeMarkup(file)}">`)
      .join('') +
    beforeApp +
    page.appHtml +
    beforeState +
    `<script type="application/json" id="${EMBEDDED_STATE_ID}">${page.stateJson}</script>` +
    afterState;
}

function headTags(meta: PageMeta, siteUrl: string, noIndex: boolean): string {
  const url = escapeMarkup(new URL(meta.path, siteUrl).href);
  const title = escapeMarkup(meta.title);
  const description = escapeMarkup(meta.description);
  const tags = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}">`,
    noIndex ? '<meta name="robots" content="noindex">' : `<link rel="canonical" href="${url}">`,
    '<link rel="alternate" type="application/rss+xml" title="Habari" href="/feed.xml">',
    '<meta property="og:site_name" content="Habari">',
    `<meta property="og:type" content="${meta.type}">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:url" content="${url}">`,
    '<meta property="og:locale" content="sw_KE">',
    '<meta name="twitter:card" content="summary">',
    `<meta name="twitter:title" content="${title}">`,
    `<meta name="twitter:description" content="${description}">`,
    ...articleHeadTags(meta, new URL(meta.path, siteUrl).href, siteUrl),
  ];
  return tags.join('\n    ');
}

function splitOnce(html: string, marker: string): [string, string] {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`index.html has no ${marker} marker`);
  return [html.slice(0, at), html.slice(at + marker.length)];
}
