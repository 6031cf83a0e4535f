// Properties of the seed parser over generated input (fast-check): what it writes it reads back, and no
// input at all makes it throw, hang, or return an article without a headline or body.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeSeed } from '../../tests/support/write-seed.ts';
import { normalizeHeadline } from './normalize-headline.ts';
import { parseSeed, POPULAR_MARKER, type SeedArticle } from './parse-seed.ts';

const FILE = 'seeds/generated.txt';
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

/** Characters that stress a parser and a renderer: markup, entities, quotes, RTL, emoji, combining marks. */
const tricky = fc.constantFrom('<', '>', '&', '"', "'", '‘', '’', '“', '”', 'ש', 'ع', '‮', '😀', '👩🏽‍💻', 'e\u0301', '\u00a0', '\t');

/** One line of text: any Unicode except line breaks and control characters, no leading or trailing space. */
const line = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) }, { weight: 1, arbitrary: tricky }), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.join(''))
  .map((text) => text.replace(/[\r\n\u2028\u2029]/g, ' ').trim())
  .filter((text) => text !== '' && !NOT_TEXT.test(text) && text.toLowerCase() !== POPULAR_MARKER.toLowerCase());

const longLine = fc.integer({ min: 1000, max: 20000 }).map((length) => 'Neno '.repeat(length / 5).trim());

const article: fc.Arbitrary<SeedArticle> = fc
  .record({
    headline: line,
    standfirst: fc.option(line, { nil: null }),
    englishHeadline: fc.option(line, { nil: null }),
    body: fc.array(fc.oneof({ weight: 9, arbitrary: line }, { weight: 1, arbitrary: longLine }), { minLength: 1, maxLength: 6 }),
    popular: fc.array(line, { maxLength: 4 }),
  })
  .map((generated) => ({
    ...generated,
    // The format places the English headline after the standfirst: without one there is none.
    englishHeadline: generated.standfirst === null ? null : generated.englishHeadline,
    popular: uniqueOtherThan(generated.popular, generated.headline),
  }));

function uniqueOtherThan(headlines: string[], own: string): string[] {
  const seen = new Set([normalizeHeadline(own)]);
  return headlines.filter((headline) => {
    const key = normalizeHeadline(headline);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function expectWellFormed(result: ReturnType<typeof parseSeed>): void {
  if (result.ok) {
    expect(result.article.headline.trim()).not.toBe('');
    expect(result.article.body.length).toBeGreaterThan(0);
    for (const paragraph of result.article.body) expect(paragraph.trim()).not.toBe('');
  } else {
    expect(result.problem.file).toBe(FILE);
    // The parser always names a line: only problems with the file itself (a folder, unreadable) have none.
    expect(Number.isInteger(result.problem.line) && (result.problem.line ?? 0) >= 1).toBe(true);
    expect(result.problem.message).not.toBe('');
  }
}

describe('parseSeed, round trip', () => {
  it('reads back every article written in the seed format', () => {
    fc.assert(
      fc.property(article, fc.constantFrom('\n', '\r\n'), (generated, lineEnd) => {
        expect(parseSeed(FILE, writeSeed(generated, lineEnd))).toEqual({ ok: true, article: generated });
      }),
      { numRuns: 300 },
    );
  });

  it('reads back the same from UTF-8 bytes with a byte-order mark', () => {
    fc.assert(
      fc.property(article, (generated) => {
        const bytes = new TextEncoder().encode(`\uFEFF${writeSeed(generated)}`);
        expect(parseSeed(FILE, bytes)).toEqual({ ok: true, article: generated });
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseSeed, any input', () => {
  it('parses random bytes or says FILE:LINE: why, and never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expectWellFormed(parseSeed(FILE, bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('parses random text built from lines, blank lines and stray characters, or says why', () => {
    const piece = fc.oneof(line, fc.constant(''), fc.constant(POPULAR_MARKER), fc.string({ maxLength: 5 }), tricky);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (pieces, lineEnd) => {
        expectWellFormed(parseSeed(FILE, pieces.join(lineEnd)));
      }),
      { numRuns: 500 },
    );
  });

  it('reports invalid UTF-8 and NUL bytes on their line', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.nat(7), fc.constantFrom(0x00, 0xff, 0xc3), (lines, at, bad) => {
        const index = at % lines.length;
        const encoded = lines.map((text, i) => {
          const bytes = new TextEncoder().encode(text);
          return i === index ? new Uint8Array([...bytes, bad]) : bytes;
        });
        const joined = new Uint8Array(encoded.reduce((sum, bytes) => sum + bytes.length + 1, 0));
        let offset = 0;
        for (const bytes of encoded) {
          joined.set(bytes, offset);
          joined[offset + bytes.length] = 0x0a;
          offset += bytes.length + 1;
        }
        const result = parseSeed(FILE, joined);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problem.line).toBe(index + 1);
      }),
      { numRuns: 200 },
    );
  });

  // Wall-clock budgets live in the benchmark (`npm run bench` times a 10 MB seed against 1 s);
  // here the test timeout is the guard against a parser that would hang on such input.
  it('gets through a 10 MB seed', { timeout: 10_000 }, () => {
    const paragraph = 'Neno la habari '.repeat(60).trim();
    const text = `Kichwa\n\nKichwa\nMuhtasari\n\n${`${paragraph}\n\n`.repeat(Math.ceil(10_000_000 / (paragraph.length + 2)))}`;
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const result = parseSeed(FILE, new TextEncoder().encode(text));
    expect(result.ok && result.article.body.length).toBeGreaterThan(10_000);
  });

  it('gets through 100,000 blank lines', { timeout: 10_000 }, () => {
    const result = parseSeed(FILE, `Kichwa\n\nKichwa\n${'\n'.repeat(100_000)}Aya.\n${'\n'.repeat(100_000)}`);
    expect(result).toMatchObject({ ok: true, article: { body: ['Aya.'] } });
    expect(parseSeed(FILE, '\n'.repeat(100_000))).toMatchObject({ ok: false, problem: { line: 1 } });
  });
});
