// The yardstick for article LCP: the same article as a plain static HTML page (headline, standfirst,
// paragraphs, a few lines of inline CSS, no script), written by the benchmark into the served folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PostJson } from '../src/content/site-json.ts';
import { escapeMarkup } from '../src/content/escape-markup.ts';

export const PLAIN_ARTICLE_PATH = '/bench-plain/article.html';

export function writePlainArticle(siteDir: string, post: PostJson): void {
  const html = `<!doctype html>
<html lang="sw">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(post.headline.sw)}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.6; max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-family: Georgia, serif; line-height: 1.25; }
</style>
</head>
<body>
<h1>${escapeMarkup(post.headline.sw)}</h1>
${post.standfirst ? `<p>${escapeMarkup(post.standfirst)}</p>` : ''}
${post.body.map((paragraph) => `<p>${escapeMarkup(paragraph)}</p>`).join('\n')}
</body>
</html>
`;
  const file = path.join(siteDir, PLAIN_ARTICLE_PATH);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
}
