// The words an article is found by, each with its weight: a word in the headline (either language) says more
// about the article than one in the standfirst, and that more than one deep in the body. Used by the build,
// which writes them into the search shards (src/search/search-shards.ts).
import { tokenize } from './tokenize.ts';

/** Field weights. A body word counts once per use, at most `bodyCap` times. */
export const WEIGHT = { headline: 6, standfirst: 3, body: 1, bodyCap: 6 } as const;

export interface SearchableText {
  headline: string;
  english: string | null;
  standfirst: string | null;
  body: readonly string[];
}

export function searchTerms(article: SearchableText): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (text: string | null, weight: number) => {
    if (!text) return;
    for (const word of tokenize(text)) weights.set(word, (weights.get(word) ?? 0) + weight);
  };
  add(article.headline, WEIGHT.headline);
  add(article.english, WEIGHT.headline);
  add(article.standfirst, WEIGHT.standfirst);
  const body = new Map<string, number>();
  for (const paragraph of article.body) {
    for (const word of tokenize(paragraph)) body.set(word, (body.get(word) ?? 0) + WEIGHT.body);
  }
  for (const [word, weight] of body)
    weights.set(word, (weights.get(word) ?? 0) + Math.min(weight, WEIGHT.bodyCap));
  // A byte per weight in the shards: a word repeated in a long headline still fits.
  for (const [word, weight] of weights) if (weight > 255) weights.set(word, 255);
  return weights;
}
