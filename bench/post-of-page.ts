// A post as a built page carries it: the embedded state's post, with an article's paragraphs read back from
// the page's markup (the state does not repeat them), as the browser does (src/services/embedded-state.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EmbeddedState } from '../src/services/embedded-state.ts';
import type { PostJson } from '../src/content/site-json.ts';
import { htmlFileFor } from '../src/prerender/site-pages.ts';

const unescapeHtml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

export function postOfPage(siteDir: string, urlPath: string): PostJson {
  const html = readFileSync(path.join(siteDir, htmlFileFor(urlPath)), 'utf8');
  const json = /<script type="application\/json" id="habari-state">([^<]*)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`${urlPath} has no embedded state`);
  const state = JSON.parse(json) as EmbeddedState;
  const post = state.queries.find(([key]) => key[0] === 'post')?.[1] as PostJson | undefined;
  if (!post) throw new Error(`${urlPath} carries no post`);
  if (state.bodyInPage) {
    const body = /<div class="article__body"[^>]*>(.*?)<\/div>/s.exec(html)?.[1] ?? '';
    post.body = [...body.matchAll(/<p>(.*?)<\/p>/gs)].map((match) => unescapeHtml(match[1] ?? ''));
  }
  return post;
}
