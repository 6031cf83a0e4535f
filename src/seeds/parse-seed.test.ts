import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeed, type SeedArticle } from './parse-seed.ts';

const REAL_SEED = path.resolve(import.meta.dirname, '../../seeds/000_7feea9ddb087cc41.txt');
const FILE = 'seeds/test.txt';

function article(text: string): SeedArticle {
  const result = parseSeed(FILE, text);
  if (!result.ok) throw new Error(`expected an article, got ${result.problem.line}: ${result.problem.message}`);
  return result.article;
}

function problem(content: string | Uint8Array): string {
  const result = parseSeed(FILE, content);
  if (result.ok) throw new Error('expected a problem, got an article');
  return `${result.problem.file}:${result.problem.line}: ${result.problem.message}`;
}

const FULL = [
  'Kichwa cha habari',
  '',
  'Kichwa cha habari',
  'Muhtasari wa habari',
  'English headline',
  '',
  'Aya ya kwanza.',
  '',
  'Aya ya pili.',
  '',
  'Popular posts from this blog',
  '',
  'Habari nyingine',
].join('\n');

describe('parseSeed on the real seed', () => {
  const result = parseSeed('seeds/000_7feea9ddb087cc41.txt', readFileSync(REAL_SEED));

  it('reads the headlines, the standfirst, six paragraphs and two popular posts', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.headline).toBe('Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi');
    expect(article.standfirst).toBe(
      'Kiongozi Kim Jong-un amesisitiza mshikamano wa nchi hiyo na Moscow katika mzozo na Kiev',
    );
    expect(article.englishHeadline).toBe('North Korea hosts Russian military delegation');
    expect(article.body).toHaveLength(6);
    expect(article.body[0]).toMatch(/^Kiongozi wa Korea Kaskazini Kim Jong-un amepokea/);
    expect(article.body[5]).toMatch(/^Mkataba wa usalama uliotiwa saini/);
    expect(article.popular).toEqual([
      "Jeshi la Wanamaji la Marekani limesema linakabiliwa na vita 'kali zaidi' tangu Vita vya Pili vya Dunia dhidi ya Wayemeni",
      'Putin asaini mkataba wa kituo cha Mwezi na China',
    ]);
  });
});

describe('parseSeed tolerates', () => {
  const expected: SeedArticle = {
    headline: 'Kichwa cha habari',
    standfirst: 'Muhtasari wa habari',
    englishHeadline: 'English headline',
    body: ['Aya ya kwanza.', 'Aya ya pili.'],
    popular: ['Habari nyingine'],
  };

  it.each([
    ['LF line ends', FULL],
    ['CRLF line ends', FULL.replace(/\n/g, '\r\n')],
    ['old Mac CR line ends', FULL.replace(/\n/g, '\r')],
    ['a UTF-8 byte-order mark', `\uFEFF${FULL}`],
    ['trailing spaces and tabs', FULL.replace(/\n/g, '  \t\n')],
    ['runs of blank lines', FULL.replace(/\n\n/g, '\n\n\n\n')],
    ['blank lines before the headline', `\n\n${FULL}`],
    ['a trailing newline', `${FULL}\n\n`],
    ['a missing blank line after the headline', FULL.replace('Kichwa cha habari\n\n', 'Kichwa cha habari\n')],
  ])('%s', (_name, text) => {
    expect(article(text)).toEqual(expected);
  });

  it('bytes with a BOM and CRLF, as read from disk', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${FULL.replace(/\n/g, '\r\n')}`);
    expect(parseSeed(FILE, bytes)).toEqual({ ok: true, article: expected });
  });

  it('a heading block of two lines: no English headline, and none is guessed', () => {
    const text = FULL.replace('English headline\n', '');
    expect(article(text)).toMatchObject({ standfirst: 'Muhtasari wa habari', englishHeadline: null });
  });

  it('a heading block of one line: no standfirst, no English', () => {
    const text = FULL.replace('Muhtasari wa habari\nEnglish headline\n', '');
    expect(article(text)).toMatchObject({ standfirst: null, englishHeadline: null, body: expected.body });
  });

  it('a seed without the popular section', () => {
    const text = FULL.slice(0, FULL.indexOf('Popular posts'));
    expect(article(text)).toMatchObject({ body: expected.body, popular: [] });
  });

  it('a heading block that repeats the headline with other case, spacing and quotes', () => {
    const text = "Rais 'asema' leo\n\nRAIS  “asema”  leo\nMuhtasari\n\nAya.";
    expect(article(text)).toMatchObject({ headline: "Rais 'asema' leo", standfirst: 'Muhtasari' });
  });

  it('a paragraph wrapped over several lines, as one paragraph', () => {
    const text = FULL.replace('Aya ya kwanza.', 'Aya ya\nkwanza.');
    expect(article(text).body[0]).toBe('Aya ya kwanza.');
  });

  it('popular headlines without blank lines between them, duplicates and the article itself', () => {
    const text = `${FULL}\nHabari ya tatu\nHABARI  nyingine\nKichwa cha habari`;
    expect(article(text).popular).toEqual(['Habari nyingine', 'Habari ya tatu']);
  });

  it('markup as plain text', () => {
    const text = FULL.replace('Aya ya kwanza.', '<script>alert(1)</script> & <b>');
    expect(article(text).body[0]).toBe('<script>alert(1)</script> & <b>');
  });
});

describe('parseSeed refuses what is not an article', () => {
  it.each([
    ['an empty file', '', `${FILE}:1: the seed is empty; expected a headline on line 1`],
    ['only blank lines', '\n \n\t\n', `${FILE}:1: the seed is empty; expected a headline on line 1`],
    [
      'a headline alone',
      'Kichwa',
      `${FILE}:1: no heading block and no body; expected the headline again, the standfirst, the English headline, then paragraphs`,
    ],
    [
      'a heading block with no body',
      'Kichwa\n\nKichwa\nMuhtasari\nEnglish',
      `${FILE}:6: no body; expected one or more paragraphs after the heading block`,
    ],
    [
      'a popular section but no body',
      'Kichwa\n\nKichwa\nMuhtasari\n\nPopular posts from this blog\n\nNyingine',
      `${FILE}:5: no body; expected one or more paragraphs after the heading block`,
    ],
    [
      'a heading block that does not repeat the headline',
      'Kichwa\n\nAya ya kwanza.\n\nAya ya pili.',
      `${FILE}:3: the heading block should start by repeating the headline from line 1`,
    ],
    [
      'a heading block of four lines',
      'Kichwa\n\nKichwa\nMuhtasari\nEnglish\nZaidi\n\nAya.',
      `${FILE}:6: the heading block has 4 lines; expected at most 3 (headline, standfirst, English headline)`,
    ],
    [
      'a second line that is not the headline again',
      'Kichwa\nKitu kingine\n\nAya.',
      `${FILE}:2: expected a blank line after the headline`,
    ],
    [
      'a NUL character',
      'Kichwa\n\nKichwa\n\nAya\u0000.',
      `${FILE}:5: contains the control character U+0000; a seed must be plain text`,
    ],
  ])('%s', (_name, text, expected) => {
    expect(problem(text)).toBe(expected);
  });

  it('invalid UTF-8, on the line that holds it', () => {
    const good = new TextEncoder().encode('Kichwa\n\nKichwa\n');
    const bytes = new Uint8Array([...good, 0x41, 0xff, 0xfe, 0x0a, 0x42]);
    expect(problem(bytes)).toBe(`${FILE}:4: not valid UTF-8 text; save the seed as UTF-8`);
  });
});
