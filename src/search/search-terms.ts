// The words an article is found by, each with its weight: a word in the headline (either language) says more
// about the article than one in the standfirst, and that more than one deep in the body. Used by the build,
// which writes them into the search shards (src/search/search-shards.ts).
import { articleWords, type ArticleWords } from './tokenize.ts';

/** Field weights. A body word counts once per use, at most `bodyCap` times. */
export const WEIGHT = { headline: 6, standfirst: 3, body: 1, bodyCap: 6 } as const;

export interface SearchableText {
  headline: string;
  english: string | null;
  standfirst: string | null;
  body: readonly string[];
}

export function searchTerms(article: SearchableText): Map<string, number> {
  return searchTermsOf(articleWords(article));
}

export function searchTermsOf(words: ArticleWords): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (field: readonly string[], weight: number) => {
    for (const word of field) weights.set(word, (weights.get(word) ?? 0) + weight);
  };
  add(words.headline, WEIGHT.headline);
  add(words.english, WEIGHT.headline);
  add(words.standfirst, WEIGHT.standfirst);
  const body = new Map<string, number>();
  for (const paragraph of words.body) {
    for (const word of paragraph) body.set(word, (body.get(word) ?? 0) + WEIGHT.body);
  }
  for (const [word, weight] of body)
    weights.set(word, (weights.get(word) ?? 0) + Math.min(weight, WEIGHT.bodyCap));
  // A byte per weight in the shards: a word repeated in a long headline still fits.
  for (const [word, weight] of weights) if (weight > 255) weights.set(word, 255);
  return weights;
}
