// Turns the text of one seed file into an article, or says exactly where and why it is not one.
// Pure: no file system, no globals; the build and the tests call it the same way.
import { normalizeHeadline } from './normalize-headline.ts';
import type { SeedProblem } from './seed-error.ts';

export interface SeedArticle {
  headline: string;
  standfirst: string | null;
  /** Only what the seed itself says; a missing English headline is never guessed. */
  englishHeadline: string | null;
  body: string[];
  popular: string[];
}

export type ParseSeedResult =
  | { ok: true; article: SeedArticle }
  | { ok: false; problem: SeedProblem };

export const POPULAR_MARKER = 'Popular posts from this blog';

/** A run of consecutive non-blank lines. */
interface Block {
  firstLine: number;
  lines: string[];
}

// Characters that are never text: they break XML feeds and hide in the DOM. Tab is allowed.
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

export function parseSeed(file: string, content: string | Uint8Array): ParseSeedResult {
  const fail = (line: number, message: string): ParseSeedResult => ({
    ok: false,
    problem: { file, line, message },
  });

  const decoded = typeof content === 'string' ? { text: content } : decodeUtf8(content);
  if ('badLine' in decoded) {
    return fail(decoded.badLine, 'not valid UTF-8 text; save the seed as UTF-8');
  }

  const lines = decoded.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const bad = NOT_TEXT.exec(line);
    if (bad) {
      const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      return fail(i + 1, `contains the control character U+${code}; a seed must be plain text`);
    }
    lines[i] = line;
  }

  const blocks = splitBlocks(lines);
  const [titleBlock, headingCandidate, ...rest] = blocks;
  if (!titleBlock) {
    return fail(1, 'the seed is empty; expected a headline on line 1');
  }

  const headline = titleBlock.lines[0] ?? '';
  // The blank line after the headline is sometimes missing; the repeated headline still tells us where the heading block starts.
  let headingBlock: Block | undefined = headingCandidate;
  let bodyBlocks = rest;
  if (titleBlock.lines.length > 1) {
    if (!sameHeadline(titleBlock.lines[1] ?? '', headline)) {
      return fail(titleBlock.firstLine + 1, 'expected a blank line after the headline');
    }
    headingBlock = { firstLine: titleBlock.firstLine + 1, lines: titleBlock.lines.slice(1) };
    bodyBlocks = headingCandidate ? [headingCandidate, ...rest] : [];
  }

  if (!headingBlock) {
    return fail(
      titleBlock.firstLine,
      'no heading block and no body; expected the headline again, the standfirst, the English headline, then paragraphs',
    );
  }
  if (!sameHeadline(headingBlock.lines[0] ?? '', headline)) {
    return fail(
      headingBlock.firstLine,
      `the heading block should start by repeating the headline from line ${titleBlock.firstLine}`,
    );
  }
  if (headingBlock.lines.length > 3) {
    return fail(
      headingBlock.firstLine + 3,
      `the heading block has ${headingBlock.lines.length} lines; expected at most 3 (headline, standfirst, English headline)`,
    );
  }
  const standfirst = headingBlock.lines[1] ?? null;
  const englishHeadline = headingBlock.lines[2] ?? null;

  const body: string[] = [];
  const popular: string[] = [];
  let inPopular = false;
  for (const block of bodyBlocks) {
    for (let i = 0; i < block.lines.length; i++) {
      const line = block.lines[i] ?? '';
      if (!inPopular && line.toLowerCase() === POPULAR_MARKER.toLowerCase()) {
        inPopular = true;
        // One headline per line: an editor who forgot the blank lines between them still gets a list.
        popular.push(...block.lines.slice(i + 1));
        break;
      }
      if (inPopular) {
        popular.push(line);
      } else {
        // A paragraph wrapped over several lines reads as one paragraph.
        body.push(block.lines.slice(i).join(' '));
        break;
      }
    }
  }

  if (body.length === 0) {
    const after = headingBlock.firstLine + headingBlock.lines.length;
    return fail(after, 'no body; expected one or more paragraphs after the heading block');
  }

  return {
    ok: true,
    article: {
      headline,
      standfirst,
      englishHeadline,
      body,
      popular: uniqueHeadlines(popular).filter((entry) => !sameHeadline(entry, headline)),
    },
  };
}

function splitBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') {
      current = null;
    } else if (current) {
      current.lines.push(line);
    } else {
      current = { firstLine: index + 1, lines: [line] };
      blocks.push(current);
    }
  }
  return blocks;
}

function sameHeadline(a: string, b: string): boolean {
  return normalizeHeadline(a) === normalizeHeadline(b);
}

function uniqueHeadlines(headlines: readonly string[]): string[] {
  const seen = new Set<string>();
  return headlines.filter((headline) => {
    const key = normalizeHeadline(headline);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Decodes line by line so that invalid UTF-8 is reported on the line that holds it. */
function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          return { badLine: line };
        }
        line++;
        start = i + 1;
      }
    }
    return { badLine: line - 1 };
  }
}
