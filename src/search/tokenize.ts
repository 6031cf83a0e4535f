// Words as search and related-post matching see them: case, accents and punctuation do not count,
// and an apostrophe inside a word (Swahili ng'ombe) joins rather than splits it.

const MARKS = /\p{M}/gu;
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['’‘`](?=[\p{L}\p{N}])/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

const NOT_ASCII = /[\u0080-\uffff]/;
const ASCII_INNER_APOSTROPHE = /(?<=[a-z0-9])['`](?=[a-z0-9])/g;
const ASCII_NOT_WORD = /[^a-z0-9]+/;

/** A text's words, normalised, in order, repeats kept. */
export function tokenize(text: string): string[] {
  // Most news text is plain ASCII: it has no marks to remove, and needs no Unicode classes (the same words).
  const ascii = !NOT_ASCII.test(text);
  const words = ascii
    ? text.toLowerCase().replace(ASCII_INNER_APOSTROPHE, '').split(ASCII_NOT_WORD)
    : text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(INNER_APOSTROPHE, '').split(NOT_WORD);
  return words.filter((word) => word !== '');
}

/** One word normalised as `tokenize` would, or '' if it has no letters or digits. */
export function normalizeWord(word: string): string {
  return tokenize(word).join('');
}

/** A query's words: normalised, each once. */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query))];
}

/** An article's words, field by field: tokenized once, for both search and related articles. */
export interface ArticleWords {
  headline: string[];
  english: string[];
  standfirst: string[];
  /** Each paragraph's words. */
  body: string[][];
}

export function articleWords(article: {
  headline: string;
  english: string | null;
  standfirst: string | null;
  body: readonly string[];
}): ArticleWords {
  return {
    headline: tokenize(article.headline),
    english: article.english ? tokenize(article.english) : [],
    standfirst: article.standfirst ? tokenize(article.standfirst) : [],
    body: article.body.map(tokenize),
  };
}
