// The other number of a Swahili word by its noun-class prefix, so that a reader who searches `mchezaji` (a player)
// finds the article about `wachezaji` (players). Swahili marks number at the front of the word: m-/wa-
// (mtoto/watoto), mw-/wa- (mwislamu/waislamu), m-/mi- and mw-/mi- (mzozo/mizozo, mwaka/miaka), ki-/vi-
// (kiongozi/viongozi), ch-/vy- before a vowel (chama/vyama). Adjectives and verbs that agree with such a noun
// change the same way (mpya/wapya, kimefungwa/vimefungwa), so they pair too.
//
// Left out because they are not safe: ma- (maisha, mama and mapema are not plurals), ji-/ma- and u-/n-, whose
// pairs are irregular (jiwe/mawe, wimbo/nyimbo). The build writes the forms into the search shards
// (src/search/search-terms.ts); a form that is not a word (waka from mwaka) costs shard bytes, never a result,
// since no one searches for it (docs/decisions/011-search-shards.md).

const VOWEL = /^[aeiou]/;
/** Letters a word must keep after its prefix: m-tu/wa-tu pair, m-o does not. */
const STEM_AT_LEAST = 2;

/** The forms of `word` (normalised, as tokenize gives it) in the other number; none when it has no class prefix. */
export function otherNumberForms(word: string): string[] {
  if (/\d/.test(word)) return [];
  const [prefix, swaps] = PREFIXES.find(([start]) => word.startsWith(start)) ?? ['', null];
  const stem = word.slice(prefix.length);
  if (!swaps || stem.length < STEM_AT_LEAST) return [];
  return swaps(stem).filter((form) => form !== word);
}

/** Each class prefix (longest first) and the forms of a stem in the other number. */
const PREFIXES: Array<[string, (stem: string) => string[]]> = [
  // mwislamu/waislamu, mwalimu/walimu (wa + a is wa), mwaka/miaka.
  ['mw', (stem) => (VOWEL.test(stem) ? [stem.startsWith('a') ? `w${stem}` : `wa${stem}`, `mi${stem}`] : [])],
  // wachezaji/mchezaji, waislamu/mwislamu, and walimu/mwalimu, whose a belongs to the stem.
  ['wa', (stem) => (VOWEL.test(stem) ? [`mw${stem}`] : [`m${stem}`, `mwa${stem}`])],
  ['mi', (stem) => [VOWEL.test(stem) ? `mw${stem}` : `m${stem}`]],
  ['m', (stem) => (VOWEL.test(stem) ? [] : [`wa${stem}`, `mi${stem}`])],
  ['ki', (stem) => [`vi${stem}`]],
  ['vi', (stem) => [`ki${stem}`]],
  ['ch', (stem) => (VOWEL.test(stem) ? [`vy${stem}`] : [])],
  ['vy', (stem) => (VOWEL.test(stem) ? [`ch${stem}`] : [])],
];
