// `seeds/word-frequencies.tsv`, if the archive has one (see src/site/word-frequencies.ts); a table that does
// not parse is a problem like a bad seed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  parseWordFrequencies,
  WORD_FREQUENCIES_FILE,
  type WordFrequencies,
} from '../site/word-frequencies.ts';
import type { SeedProblem } from './seed-error.ts';

export function readWordFrequencies(
  seedsDir: string,
  shown: (name: string) => string,
  problems: SeedProblem[],
): WordFrequencies | null {
  let text: string;
  try {
    text = readFileSync(path.join(seedsDir, WORD_FREQUENCIES_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = parseWordFrequencies(text);
  if (parsed.ok) return parsed.table;
  problems.push({ file: shown(WORD_FREQUENCIES_FILE), line: parsed.line, message: parsed.message });
  return null;
}
