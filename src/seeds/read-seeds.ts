// Reads the seed folder from disk: every `*.txt` in file-name order, and the editors' English headlines.
// Collects every problem before failing, so one build run lists all bad seeds.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EditorsHeadlines, ParsedSeed } from './build-site-data.ts';
import { parseSeed } from './parse-seed.ts';
import { SeedBuildError, type SeedProblem } from './seed-error.ts';

export const EDITORS_HEADLINES_FILE = 'headlines.en.json';

export interface SeedFolder {
  seeds: ParsedSeed[];
  editors: EditorsHeadlines;
}

/** `displayRoot` is the folder that names in messages are relative to (the project root). */
export async function readSeedFolder(seedsDir: string, displayRoot: string): Promise<SeedFolder> {
  const shown = (name: string) =>
    path.relative(displayRoot, path.join(seedsDir, name)).split(path.sep).join('/');
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
  if (names.length === 0) {
    throw new SeedBuildError([
      { file: shown(''), line: 1, message: 'no seed files; add one article per .txt file' },
    ]);
  }

  const problems: SeedProblem[] = [];
  const seeds: ParsedSeed[] = [];
  const contents = await Promise.all(names.map((name) => readFile(path.join(seedsDir, name))));
  names.forEach((name, index) => {
    const file = shown(name);
    const result = parseSeed(file, contents[index] ?? new Uint8Array());
    if (result.ok) seeds.push({ file, article: result.article });
    else problems.push(result.problem);
  });

  const editors = await readEditorsHeadlines(path.join(seedsDir, EDITORS_HEADLINES_FILE), shown(EDITORS_HEADLINES_FILE), problems);
  if (problems.length > 0) throw new SeedBuildError(problems);
  return { seeds, editors };
}

async function readEditorsHeadlines(
  filePath: string,
  file: string,
  problems: SeedProblem[],
): Promise<EditorsHeadlines> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
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
      problems.push({ file, line: lineOfKey(text, swahili), message: `the English for "${swahili}" must be non-empty text` });
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
