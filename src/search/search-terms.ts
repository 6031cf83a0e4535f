// The words an article is found by, each with its weight: a word in the headline (either language) says more
// about the article than one in the standfirst, and that more than one deep in the body. Used by the build,
// which writes them into the search shards (src/search/search-shards.ts).
//
// A word with a noun-class prefix is also found by its other number (src/search/swahili-number.ts): the article
// that says `wachezaji` gets a term `mchezaji<FORM_MARK>wachezaji`, which sorts beside `mchezaji` in the same shard,
// so a search for `mchezaji` finds it without fetching another shard, ranks it below the articles that say
// `mchezaji` itself, and knows which word to mark.
import { otherNumberForms } from './swahili-number.ts';
import { articleWords, type ArticleWords } from './tokenize.ts';

/** Between a form and the word an article uses, in a term of the other number: no word holds it. */
export const FORM_MARK = '\u0001';

/** The term that finds an article using `word` by `form`, its other number. */
export function formTerm(form: string, word: string): string {
  return `${form}${FORM_MARK}${word}`;
}

/** Field weights. A body word counts once per use, at most `bodyCap` times. */
export const WEIGHT = { headline: 6, standfirst: 3, body: 1, bodyCap: 6 } as const;

export interface SearchableText {
  headline: string;
  english: string | null;
  standfirst: string | null;
  body: readonly string[];
}

/** An article's search terms by word number, as a build worker numbers its words (src/seeds/article-terms.ts). */
export interface NumberedTerms {
  /** `count` word numbers, in the order the article first uses the words. */
  numbers: Int32Array;
  /** Each word's weight in the article. */
  weights: Uint8Array;
  count: number;
}

/** Gives back the word a number stands for. */
export interface WordNumbering {
  word(number: number): string;
  /** Told when no number is held any more, so that the numbering may start again. */
  released(): void;
}

export function searchTerms(article: SearchableText): Map<string, number> {
  return searchTermsOf(articleWords(article));
}

export function searchTermsOf(words: ArticleWords): Map<string, number> {
  const uses = new Map<string, [headline: number, english: number, standfirst: number, body: number]>();
  const count = (field: readonly string[], at: 0 | 1 | 2 | 3) => {
    for (const word of field) {
      let counts = uses.get(word);
      if (!counts) uses.set(word, (counts = [0, 0, 0, 0]));
      counts[at]++;
    }
  };
  count(words.headline, 0);
  count(words.english, 1);
  count(words.standfirst, 2);
  for (const paragraph of words.body) count(paragraph, 3);
  const weights = new Map<string, number>();
  for (const [word, counts] of uses) weights.set(word, searchWeight(...counts));
  for (const [word, counts] of uses) {
    for (const form of otherNumberForms(word)) {
      // An article that uses both numbers is found by each as it is.
      if (!uses.has(form)) weights.set(formTerm(form, word), searchWeight(...counts));
    }
  }
  return weights;
}

/** A word's weight in an article from its uses in each field. */
export function searchWeight(headline: number, english: number, standfirst: number, body: number): number {
  const weight =
    (headline + english) * WEIGHT.headline +
    standfirst * WEIGHT.standfirst +
    Math.min(body * WEIGHT.body, WEIGHT.bodyCap);
  // A byte per weight in the shards: a word repeated in a long headline still fits.
  return Math.min(weight, 255);
}
