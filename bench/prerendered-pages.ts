// Checks the built HTML itself: each page carries its full text, title, description, canonical link,
// Open Graph tags and hydration state, so it reads without JavaScript and hydrates without fetching.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSeed } from '../src/seeds/parse-seed.ts';
import { postOfPage } from './post-of-page.ts';
import { htmlFileFor } from '../src/prerender/site-pages.ts';
import { figure, type Figure } from './figures.ts';

/** Text as React writes it into HTML. */
const asHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

export function checkPrerendered(
  siteDir: string,
  articlePath: string,
  articleSeed: string,
  headlineOnlyPath: string,
): Figure[] {
  const html = (urlPath: string) => readFileSync(path.join(siteDir, htmlFileFor(urlPath)), 'utf8');
  const post = (urlPath: string) => postOfPage(siteDir, urlPath);
  const problems: string[] = [];
  let checks = 0;
  const expect = (ok: boolean, what: string) => {
    checks++;
    if (!ok) problems.push(what);
  };
  const commonHead = (page: string, name: string) => {
    expect(/<title>[^<]+<\/title>/.test(page), `${name}: <title>`);
    expect(/<meta name="description" content="[^"]+">/.test(page), `${name}: meta description`);
    expect(/<meta property="og:title" content="[^"]+">/.test(page), `${name}: og:title`);
    expect(/<script type="application\/json" id="habari-state">/.test(page), `${name}: hydration state`);
    expect(!/<script>|<script type="module">[^<]/.test(page), `${name}: no inline executable script`);
    expect(!page.includes('class="loading"'), `${name}: no loading placeholder`);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/
      .exec(page)?.[1]
      ?.replace(/&#39;/g, "'");
    expect(
      policy !== undefined &&
        policy.includes("script-src 'self'") &&
        !/unsafe-inline|unsafe-eval/.test(policy),
      `${name}: strict Content-Security-Policy`,
    );
  };

  // The article's text as its seed has it: the page must carry every paragraph.
  const seed = parseSeed(articleSeed, readFileSync(articleSeed));
  if (!seed.ok) throw new Error(`${articleSeed} does not parse`);
  const article = { headline: { sw: seed.article.headline }, body: seed.article.body };
  expect(post(articlePath).headline.sw === article.headline.sw, 'article: headline in the embedded state');
  const articleHtml = html(articlePath);
  commonHead(articleHtml, 'article');
  expect(articleHtml.includes('<link rel="canonical"'), 'article: canonical link');
  expect(articleHtml.includes(asHtml(article.headline.sw)), 'article: headline');
  for (const [index, paragraph] of article.body.entries()) {
    expect(articleHtml.includes(asHtml(paragraph)), `article: paragraph ${index + 1}`);
  }
  const home = html('/');
  commonHead(home, '/');
  expect(home.includes(asHtml(article.headline.sw)), '/: headline of the article');
  const headlineOnly = html(headlineOnlyPath);
  commonHead(headlineOnly, 'headline-only post');
  expect(headlineOnly.includes(asHtml(post(headlineOnlyPath).headline.sw)), 'headline-only: headline');
  const notFound = readFileSync(path.join(siteDir, '404.html'), 'utf8');
  commonHead(notFound, '404.html');
  expect(
    notFound.includes('Ukurasa haupatikani') && notFound.includes('noindex'),
    '404.html: not-found page',
  );

  if (problems.length > 0) console.error(`bench: prerendered pages lack: ${problems.join('; ')}`);
  return [
    figure(
      'Prerendered pages: checks of text, head tags and state that pass',
      checks - problems.length,
      checks,
      'min',
      'count',
    ),
  ];
}
