import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSpillBucket, SearchSpill, SPILL_BUCKETS } from './search-spill.ts';
import { searchTerms, type NumberedTerms, type WordNumbering } from './search-terms.ts';

/** Numbers words as a worker does, and starts again (from another offset) each time it is released. */
class TestNumbering implements WordNumbering {
  private numbers = new Map<string, number>();
  private words: string[] = [];
  releases = 0;

  word(number: number): string {
    return this.words[number] as string;
  }

  released(): void {
    this.releases++;
    this.numbers = new Map();
    this.words = [];
  }

  terms(weights: ReadonlyMap<string, number>): NumberedTerms {
    const entries = [...weights];
    const numberOf = (word: string) => {
      let number = this.numbers.get(word);
      if (number === undefined) {
        // After a release the same word gets another number, and a number another word.
        number = this.words.length + this.releases * 7;
        while (this.words.length < number) this.words.push('');
        this.numbers.set(word, number);
        this.words.push(word);
      }
      return number;
    };
    return {
      numbers: Int32Array.from(entries, ([word]) => numberOf(word)),
      weights: Uint8Array.from(entries, ([, weight]) => weight),
      count: entries.length,
    };
  }
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const texts = [
  'Korea Kaskazini na Urusi zatia saini mkataba',
  'Mvua kubwa Dar es Salaam: mafuriko Jangwani',
  'Café ya Élodie yafunguliwa tena mjini',
  'Ng’ombe wa kijiji na mvua ya mwaka',
  'Urusi na Korea: mkutano wa pili wa Kim na Putin',
  'Mafuriko tena Jangwani, mvua mvua mvua',
];

describe('the search spill', () => {
  it('gives back every posting by word, articles ascending, across flushes and renumbered words', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'habari-spill-'));
    dirs.push(dir);
    const numbering = new TestNumbering();
    const spill = new SearchSpill(dir, 1, numbering);
    const expected = new Map<string, { articles: number[]; weights: number[] }>();
    texts.forEach((text, article) => {
      const weights = searchTerms({ headline: text, english: null, standfirst: null, body: [text] });
      for (const [word, weight] of weights) {
        const postings = expected.get(word) ?? { articles: [], weights: [] };
        postings.articles.push(article);
        postings.weights.push(weight);
        expected.set(word, postings);
      }
      spill.add(article, numbering.terms(weights));
      if (article % 2 === 1) spill.flush();
    });
    expect(numbering.releases).toBe(3);

    const spilled = new Map<string, { articles: number[]; weights: number[] }>();
    for (let bucket = 0; bucket < SPILL_BUCKETS; bucket++) {
      for (const [word, postings] of readSpillBucket(dir, bucket)) {
        expect(spilled.has(word)).toBe(false);
        spilled.set(word, postings);
      }
    }
    expect(new Map([...spilled].sort())).toEqual(new Map([...expected].sort()));
    expect(spilled.get('elodie')).toEqual({ articles: [2], weights: [7] });
    expect(spilled.get('mvua')?.articles).toEqual([1, 3, 5]);
  });
});
