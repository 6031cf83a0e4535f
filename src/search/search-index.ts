// The search index the build writes and the search page loads, and the search itself.
// Pure and synchronous, so the benchmark times exactly what the browser runs.
import type { Headline } from '../content/site-json.ts';
import { tokenize } from './tokenize.ts';

export interface SearchDoc {
  slug: string;
  headline: Headline;
  standfirst: string | null;
  /** The start of the body, to show under the headline. */
  excerpt: string;
  hasBody: boolean;
}

export interface SearchIndexJson {
  version: 1;
  docs: SearchDoc[];
  /** Every indexed word, sorted, so prefixes are a range. */
  terms: string[];
  /** For each term: doc-number gaps and weights, alternating: [gap, weight, gap, weight, …]. */
  postings: number[][];
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

/** Field weights: a word in the headline says more about a post than one deep in its body. */
export const WEIGHT = { headline: 6, standfirst: 3, body: 1, bodyCap: 6 } as const;

/** Words shorter than this match only whole words; longer ones also match as the start of a word. */
const PREFIX_FROM = 3;

/**
 * Posts that contain every word of the query (a word may be the start of a longer one), best first:
 * by the sum over query words of field weight × rarity. Ties keep the site's order.
 */
export function searchIndex(
  index: SearchIndexJson,
  query: string,
  limit = 50,
): { hits: SearchHit[]; total: number } {
  const words = [...new Set(tokenize(query))];
  if (words.length === 0) return { hits: [], total: 0 };
  const docCount = index.docs.length;
  const scores = new Float64Array(docCount);
  const matched = new Uint16Array(docCount);

  words.forEach((word, position) => {
    const seen = new Float64Array(docCount);
    for (const termId of matchingTerms(index.terms, word)) {
      const postings = index.postings[termId] ?? [];
      const rarity = Math.log(1 + docCount / (postings.length / 2));
      let doc = 0;
      for (let i = 0; i < postings.length; i += 2) {
        doc += postings[i] ?? 0;
        const score = (postings[i + 1] ?? 0) * rarity;
        if (score > (seen[doc] ?? 0)) seen[doc] = score;
      }
    }
    for (let doc = 0; doc < docCount; doc++) {
      if ((seen[doc] ?? 0) > 0 && matched[doc] === position) {
        matched[doc] = position + 1;
        scores[doc] = (scores[doc] ?? 0) + (seen[doc] ?? 0);
      }
    }
  });

  const found: number[] = [];
  for (let doc = 0; doc < docCount; doc++) if (matched[doc] === words.length) found.push(doc);
  found.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  return {
    total: found.length,
    hits: found
      .slice(0, limit)
      .map((doc) => ({ doc: index.docs[doc] as SearchDoc, score: scores[doc] ?? 0 })),
  };
}

/** Ids of the terms equal to `word`, or, for a word long enough, starting with it. */
function matchingTerms(terms: readonly string[], word: string): number[] {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  const ids: number[] = [];
  for (let id = low; id < terms.length; id++) {
    const term = terms[id] ?? '';
    if (term === word || (word.length >= PREFIX_FROM && term.startsWith(word))) ids.push(id);
    else break;
  }
  return ids;
}
