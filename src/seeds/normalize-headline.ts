// The key under which two spellings of one headline meet: case, spacing and quote style do not count.

const QUOTES = /["'`´‘’‚‛“”„‟«»‹›]/g;

export function normalizeHeadline(headline: string): string {
  return headline.normalize('NFC').replace(QUOTES, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
