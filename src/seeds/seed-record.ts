// What the build keeps of one seed between stages and between builds: its digest and metadata, never its body.
// The body is read again, from the seed, by whoever renders the article; memory grows with the number of
// articles, not with their text.
import { createHash } from 'node:crypto';
import type { NumberedTerms } from '../search/search-terms.ts';
import { articleWords } from '../search/tokenize.ts';
import type { TermVector } from '../site/related-articles.ts';
import type { ArticleTerms } from './article-terms.ts';
import { parseSeed, type SeedArticle } from './parse-seed.ts';
import { seedDate, type PublishedDate } from './seed-date.ts';
import type { SeedProblem } from './seed-error.ts';

export interface SeedRecord {
  /** File name in the seeds folder; name order is publication order. */
  name: string;
  /** Of the file's bytes: the record, and every page made from the seed, change only when this does. */
  digest: string;
  headline: string;
  standfirst: string | null;
  english: string | null;
  /** When it was published, from its file name (src/seeds/seed-date.ts); null when the name has no date. */
  date: PublishedDate | null;
  /** The seed's popular headlines, as written (duplicates and its own headline already left out). */
  popular: string[];
  /** For related articles. */
  vector: TermVector;
}

export function seedDigest(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

export type SeedRecordResult =
  /** `terms`: the words the article is found by, with their weights (src/search/search-terms.ts), numbered by
   * the ArticleTerms given; valid until it reads the next article. */
  | { ok: true; record: SeedRecord; article: SeedArticle; terms: NumberedTerms }
  | { ok: false; problem: SeedProblem };

/** `file` is the seed's path as the editor knows it (`seeds/NAME`), for messages. */
export function seedRecord(
  file: string,
  name: string,
  bytes: Uint8Array,
  /** Numbers the words and holds the word-frequency table. */
  termsOf: ArticleTerms,
  /** The site's time zone, for the date the name gives. */
  zone: string,
): SeedRecordResult {
  const dated = seedDate(name, zone);
  if (!dated.ok) return { ok: false, problem: { file, line: null, message: dated.message } };
  const parsed = parseSeed(file, bytes);
  if (!parsed.ok) return parsed;
  const { article } = parsed;
  // Tokenized once, for both search and related articles.
  const terms = termsOf.of(articleWords({ ...article, english: article.englishHeadline }));
  return {
    ok: true,
    article,
    terms: terms.search,
    record: {
      name,
      digest: seedDigest(bytes),
      headline: article.headline,
      standfirst: article.standfirst,
      english: article.englishHeadline,
      date: dated.date,
      popular: article.popular,
      vector: terms.vector,
    },
  };
}
