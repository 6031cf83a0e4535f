// `seeds/headlines.en.json`: English headlines written by the project's editors, keyed by the Swahili headline.
// A file that is not valid JSON, or an entry that is not text, is a problem like a bad seed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SeedProblem } from './seed-error.ts';

export const EDITORS_HEADLINES_FILE = 'headlines.en.json';

/** English headlines written by the project's editors, keyed by the Swahili headline. */
export type EditorsHeadlines = Readonly<Record<string, string>>;

export function readEditorsHeadlines(
  seedsDir: string,
  shown: (name: string) => string,
  problems: SeedProblem[],
): EditorsHeadlines {
  const file = shown(EDITORS_HEADLINES_FILE);
  let text: string;
  try {
    text = readFileSync(path.join(seedsDir, EDITORS_HEADLINES_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push({ file, line: jsonErrorLine(text, message), message: `not valid JSON: ${message}` });
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ file, line: 1, message: 'expected an object of "Swahili headline": "English headline"' });
    return {};
  }
  const headlines: Record<string, string> = {};
  for (const [swahili, english] of Object.entries(value)) {
    if (typeof english !== 'string' || english.trim() === '') {
      problems.push({
        file,
        line: lineOfKey(text, swahili),
        message: `the English for "${swahili}" must be non-empty text`,
      });
    } else {
      headlines[swahili] = english.trim();
    }
  }
  return headlines;
}

function jsonErrorLine(text: string, message: string): number {
  const lineColumn = /line (\d+)/.exec(message);
  if (lineColumn?.[1]) return Number(lineColumn[1]);
  const position = /position (\d+)/.exec(message);
  if (position?.[1]) return text.slice(0, Number(position[1])).split('\n').length;
  return 1;
}

function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}
