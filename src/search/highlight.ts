// Marks the words of a text that match a search: the text cut into pieces, plain and matched by turns, so the
// page can show the matches as <mark> without ever treating the text as HTML.
import { normalizeWord } from './tokenize.ts';
import { PREFIX_FROM } from './search-shards.ts';

const WORDS = /([\p{L}\p{M}\p{N}'’‘`]+)/u;

/** Even places hold plain text, odd places matched words; joined, they are the text unchanged. */
export type Highlighted = string[];

export function highlight(text: string, words: readonly string[]): Highlighted {
  const pieces: Highlighted = [''];
  const parts = text.split(WORDS);
  parts.forEach((part, index) => {
    const isWord = index % 2 === 1;
    if (isWord && matches(part, words)) pieces.push(part, '');
    else pieces[pieces.length - 1] += part;
  });
  return pieces;
}

function matches(part: string, words: readonly string[]): boolean {
  const normalized = normalizeWord(part);
  return words.some(
    (word) => normalized === word || (word.length >= PREFIX_FROM && normalized.startsWith(word)),
  );
}
