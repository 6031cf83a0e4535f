// An article's search terms and its related-articles vector in one pass over its words. The worker numbers each
// word the first time it meets it, so a word of an article costs one map lookup, and what depends on the word
// alone (its rarity in the table, whether a vector may hold it) is worked out once per worker, not once per
// article. Gives what searchTermsOf and termVectorOf give (article-terms.test.ts) at a fraction of the cost:
// their maps, and the search spill's, took about 60% of a seed's time in a worker.
import { grownArray } from '../search/grown-array.ts';
import { FORM_MARK, formTerm, searchWeight, type NumberedTerms, type WordNumbering } from '../search/search-terms.ts';
import { otherNumberForms } from '../search/swahili-number.ts';
import type { ArticleWords } from '../search/tokenize.ts';
import {
  isVectorWord,
  strongestTerms,
  termStrength,
  type TermVector,
} from '../site/related-articles.ts';
import { rarity, type WordFrequencies } from '../site/word-frequencies.ts';

const FIELDS = 4;
/**
 * Words a worker keeps numbered (about 150 bytes each with the word itself, so under 40 MB): past this, the
 * numbering starts again once the spill holds no number, so that an archive's rare words (names, misspellings)
 * do not pile up in memory.
 */
const KEEP_AT_MOST = 250_000;

export class ArticleTerms implements WordNumbering {
  private readonly numbers = new Map<string, number>();
  private readonly words: string[] = [];
  /** Per word number: its rarity, or NaN when a vector may not hold it. */
  private rarities = new Float64Array(1024);
  /** Per word number and field, its uses in the article at hand (zero between articles). */
  private uses = new Int32Array(1024 * FIELDS);
  /** Per word number, the last article that used it (articles counted from 1). */
  private usedIn = new Int32Array(1024);
  /** Per word number: its forms in the other number, each as [the form's number, its term's number]. */
  private forms: Array<Array<[form: number, term: number]> | undefined> = [];
  private article = 0;
  /** The article at hand's search terms: reused by the next article. */
  private readonly terms: NumberedTerms = {
    numbers: new Int32Array(1024),
    weights: new Uint8Array(1024),
    count: 0,
  };

  constructor(
    private readonly table: WordFrequencies,
    private readonly keepAtMost = KEEP_AT_MOST,
  ) {}

  /** Words numbered so far. */
  get size(): number {
    return this.words.length;
  }

  word(number: number): string {
    return this.words[number] as string;
  }

  released(): void {
    if (this.size > this.keepAtMost) this.forget();
  }

  /** Forgets every number, to free the memory: only when nothing holds one any more. */
  forget(): void {
    this.numbers.clear();
    this.words.length = 0;
    this.forms.length = 0;
  }

  of(words: ArticleWords): { search: NumberedTerms; vector: TermVector } {
    const { terms } = this;
    terms.count = 0;
    this.article++;
    this.count(words.headline, 0);
    this.count(words.english, 1);
    this.count(words.standfirst, 2);
    for (const paragraph of words.body) this.count(paragraph, 3);

    const { uses, rarities } = this;
    const vectorTerms: string[] = [];
    const strengths: number[] = [];
    const wordCount = terms.count;
    for (let i = 0; i < wordCount; i++) {
      const number = terms.numbers[i] as number;
      const at = number * FIELDS;
      const headline = uses[at] as number;
      const english = uses[at + 1] as number;
      const standfirst = uses[at + 2] as number;
      const body = uses[at + 3] as number;
      uses.fill(0, at, at + FIELDS);
      terms.weights[i] = searchWeight(headline, english, standfirst, body);
      const wordRarity = rarities[number] as number;
      if (!Number.isNaN(wordRarity)) {
        vectorTerms.push(this.word(number));
        strengths.push(termStrength(headline + english, standfirst + body, wordRarity));
      }
    }
    // The other number of each word, where the article does not use it too (as searchTermsOf does).
    for (let i = 0; i < wordCount; i++) {
      const number = terms.numbers[i] as number;
      for (const [form, term] of this.formsOf(number)) {
        if (this.usedIn[form] === this.article) continue;
        this.addTerm(term);
        terms.weights[terms.count - 1] = terms.weights[i] as number;
      }
    }
    return { search: terms, vector: strongestTerms(vectorTerms, strengths) };
  }

  private formsOf(number: number): Array<[form: number, term: number]> {
    let known = this.forms[number];
    if (!known) {
      const word = this.word(number);
      known = otherNumberForms(word).map((form) => [this.numberOf(form), this.numberOf(formTerm(form, word))]);
      this.forms[number] = known;
    }
    return known;
  }

  private count(field: readonly string[], at: number): void {
    for (const word of field) {
      const number = this.numberOf(word);
      if (this.usedIn[number] !== this.article) {
        this.usedIn[number] = this.article;
        this.addTerm(number);
      }
      const slot = number * FIELDS + at;
      this.uses[slot] = (this.uses[slot] as number) + 1;
    }
  }

  private addTerm(number: number): void {
    const { terms } = this;
    if (terms.count === terms.numbers.length) {
      terms.numbers = grownArray(terms.numbers, terms.count * 2);
      terms.weights = grownArray(terms.weights, terms.count * 2);
    }
    terms.numbers[terms.count++] = number;
  }

  private numberOf(word: string): number {
    let number = this.numbers.get(word);
    if (number !== undefined) return number;
    number = this.words.length;
    this.numbers.set(word, number);
    this.words.push(word);
    if (number === this.rarities.length) {
      this.rarities = grownArray(this.rarities, number * 2);
      this.uses = grownArray(this.uses, number * 2 * FIELDS);
      this.usedIn = grownArray(this.usedIn, number * 2);
    }
    // (A term of the other number is no word: it is never a vector's.)
    this.rarities[number] = isVectorWord(word) && !word.includes(FORM_MARK) ? rarity(this.table, word) : Number.NaN;
    return number;
  }
}
