// The word-frequency table: in how many articles of the archive each word appears, as counted once by
// `npm run word-frequencies` and kept in `seeds/word-frequencies.tsv`. Related articles weigh a word by how
// rare it is; taking that rarity from this pinned table, not from the archive of the moment, is what lets
// one new article change only the pages it touches (docs/decisions/009-related-articles.md).
import { createHash } from 'node:crypto';
import type { ArticleWords } from '../search/tokenize.ts';

export const WORD_FREQUENCIES_FILE = 'word-frequencies.tsv';

/**
 * From this many articles, a table the build counts itself is written down (and so pinned); a smaller archive is
 * counted again at each build.
 */
export const PIN_FROM = 20;

/** The table keeps the most frequent words only; any other word counts as rarer than all of them. */
export const MAX_WORDS = 100_000;

export interface WordFrequencies {
  /** Articles counted. 0 when there is no table: every word then weighs the same. */
  articles: number;
  documentFrequency: ReadonlyMap<string, number>;
  /** Changes whenever the table does: part of the cache key of everything computed with it. */
  digest: string;
}

export const NO_WORD_FREQUENCIES: WordFrequencies = {
  articles: 0,
  documentFrequency: new Map(),
  digest: 'none',
};

const HEADER = /^# articles\t(\d+)$/;

/** Reads the table; a problem is reported with its line, like a bad seed. */
export function parseWordFrequencies(
  text: string,
): { ok: true; table: WordFrequencies } | { ok: false; line: number; message: string } {
  const lines = text.split('\n');
  const header = HEADER.exec(lines[0] ?? '');
  if (!header?.[1]) {
    return { ok: false, line: 1, message: 'expected "# articles<TAB>N" on the first line' };
  }
  const documentFrequency = new Map<string, number>();
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const count = Number(line.slice(tab + 1));
    if (tab <= 0 || !Number.isInteger(count) || count < 1) {
      return { ok: false, line: index + 1, message: 'expected "word<TAB>number of articles"' };
    }
    documentFrequency.set(line.slice(0, tab), count);
  }
  return {
    ok: true,
    table: {
      articles: Number(header[1]),
      documentFrequency,
      digest: createHash('sha256').update(text).digest('hex').slice(0, 16),
    },
  };
}

/** The table's text: most frequent first (ties by word), the words of a single article left out. */
export function formatWordFrequencies(articles: number, counts: ReadonlyMap<string, number>): string {
  const rows = [...counts]
    .filter(([, count]) => count > 1)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_WORDS);
  return `# articles\t${articles}\n${rows.map(([word, count]) => `${word}\t${count}\n`).join('')}`;
}

/**
 * How much a word says about an article: the smoothed inverse document frequency, ln((N+1)/(df+1)) + 1.
 * A word the table does not list counts as appearing in no article; with no table every word weighs 1.
 */
export function rarity(table: WordFrequencies, word: string): number {
  if (table.articles === 0) return 1;
  return Math.log((table.articles + 1) / ((table.documentFrequency.get(word) ?? 0) + 1)) + 1;
}

/** Counts each word of one article once into `counts`. */
export function countArticleWords(counts: Map<string, number>, words: ArticleWords): void {
  for (const word of new Set([
    ...words.headline,
    ...words.english,
    ...words.standfirst,
    ...words.body.flat(),
  ]))
    counts.set(word, (counts.get(word) ?? 0) + 1);
}

/**
 * Whether the build counts the archive's words itself: there is no table (a newcomer's archive: every word
 * would weigh the same), or the archive has grown to twice the articles its table counted (a year's news has
 * new words). Either way the table is then counted from the archive and, from PIN_FROM articles, written.
 */
export function needsCounting(table: WordFrequencies, articles: number): boolean {
  return table.articles === 0 || articles >= 2 * table.articles;
}
