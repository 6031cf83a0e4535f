// Builds the search index from the site's posts at build time: every word of the headline (both languages),
// standfirst and body, weighted by where it stands.
import type { PostJson } from '../content/site-json.ts';
import { WEIGHT, type SearchDoc, type SearchIndexJson } from './search-index.ts';
import { tokenize } from './tokenize.ts';

const EXCERPT_LENGTH = 160;

export function buildSearchIndex(posts: readonly PostJson[]): SearchIndexJson {
  const docs: SearchDoc[] = [];
  const postingsByTerm = new Map<string, number[]>();
  posts.forEach((post, doc) => {
    docs.push({
      slug: post.slug,
      headline: post.headline,
      standfirst: post.standfirst,
      excerpt: excerpt(post.body[0] ?? ''),
      hasBody: post.hasBody,
    });
    const weights = new Map<string, number>();
    const add = (text: string | null, weight: number) => {
      if (!text) return;
      for (const word of tokenize(text)) weights.set(word, (weights.get(word) ?? 0) + weight);
    };
    add(post.headline.sw, WEIGHT.headline);
    add(post.headline.en, WEIGHT.headline);
    add(post.standfirst, WEIGHT.standfirst);
    const body = new Map<string, number>();
    for (const paragraph of post.body) {
      for (const word of tokenize(paragraph)) body.set(word, (body.get(word) ?? 0) + WEIGHT.body);
    }
    for (const [word, weight] of body)
      weights.set(word, (weights.get(word) ?? 0) + Math.min(weight, WEIGHT.bodyCap));
    for (const [word, weight] of weights) {
      let postings = postingsByTerm.get(word);
      if (!postings) {
        postings = [];
        postingsByTerm.set(word, postings);
      }
      postings.push(doc, weight);
    }
  });
  const terms = [...postingsByTerm.keys()].sort();
  return {
    version: 1,
    docs,
    terms,
    postings: terms.map((term) => gaps(postingsByTerm.get(term) ?? [])),
  };
}

/** Doc numbers as gaps from the previous one: smaller numbers, smaller JSON. */
function gaps(postings: readonly number[]): number[] {
  const encoded: number[] = [];
  let previous = 0;
  for (let i = 0; i < postings.length; i += 2) {
    const doc = postings[i] ?? 0;
    encoded.push(doc - previous, postings[i + 1] ?? 0);
    previous = doc;
  }
  return encoded;
}

function excerpt(paragraph: string): string {
  if (paragraph.length <= EXCERPT_LENGTH) return paragraph;
  const cut = paragraph.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 80 ? cut.slice(0, lastSpace) : cut}…`;
}
