// Puts a prerendered page into the built index.html: head tags, app markup, hydration state, inlined CSS.
import { EMBEDDED_STATE_ID } from '../app/embedded-state.ts';
import type { PageMeta } from '../app/page-meta.tsx';
import type { RenderedPage } from './entry-server.tsx';

export const HEAD_MARKER = '<!--app-head-->';
export const APP_MARKER = '<!--app-html-->';
export const STATE_MARKER = '<!--app-state-->';

export interface PageHtmlOptions {
  /** Origin the site is published at, for canonical and Open Graph URLs, e.g. `https://habari.example`. */
  siteUrl: string;
  /** The site's stylesheet, inlined so text paints without waiting for another request. */
  css: string;
  /** The `<link rel="stylesheet">` tag Vite wrote into the template, replaced by the inline CSS. */
  cssLinkTag: string | null;
  noIndex: boolean;
}

export function pageHtml(template: string, page: RenderedPage, options: PageHtmlOptions): string {
  const withCss = options.cssLinkTag
    ? template.replace(options.cssLinkTag, `<style>${options.css}</style>`)
    : template;
  return replaceOnce(
    replaceOnce(replaceOnce(withCss, HEAD_MARKER, headTags(page.meta, options)), APP_MARKER, page.appHtml),
    STATE_MARKER,
    `<script type="application/json" id="${EMBEDDED_STATE_ID}">${page.stateJson}</script>`,
  );
}

function headTags(meta: PageMeta, { siteUrl, noIndex }: PageHtmlOptions): string {
  const url = new URL(meta.path, siteUrl).href;
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    noIndex ? '<meta name="robots" content="noindex">' : `<link rel="canonical" href="${escapeHtml(url)}">`,
    `<meta property="og:site_name" content="Habari">`,
    `<meta property="og:type" content="${meta.type}">`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}">`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    `<meta property="og:locale" content="sw_KE">`,
  ];
  return tags.join('\n    ');
}

function replaceOnce(html: string, marker: string, content: string): string {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`index.html has no ${marker} marker`);
  return html.slice(0, at) + content + html.slice(at + marker.length);
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
