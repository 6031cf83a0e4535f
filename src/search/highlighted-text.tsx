import { Fragment } from 'react';
import { normalizeWord } from './tokenize.ts';

const WORDS = /([\p{L}\p{M}\p{N}'’‘`]+)/u;

/** Text with the words that match the search marked, as React text nodes (never HTML). */
export function HighlightedText({ text, words }: { text: string; words: readonly string[] }) {
  const parts = text.split(WORDS);
  return (
    <>
      {parts.map((part, index) => {
        const isWord = index % 2 === 1;
        return isWord && matches(part, words) ? (
          <mark key={index}>{part}</mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        );
      })}
    </>
  );
}

function matches(part: string, words: readonly string[]): boolean {
  const normalized = normalizeWord(part);
  return words.some((word) => normalized === word || (word.length >= 3 && normalized.startsWith(word)));
}
