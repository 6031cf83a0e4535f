// The promise that makes related articles incremental: lists updated from the last build's lists are exactly
// the lists computed afresh, whatever was added, edited or removed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import { relatedOf, termVector, type RelatedTable } from '../src/site/related-articles.ts';
import { NO_WORD_FREQUENCIES } from '../src/site/word-frequencies.ts';
import { relatedStage } from './related-stage.ts';

const WORDS = 'alpha beta gamma delta epsilon zeta theta kappa lambda sigma omega tau rho phi chi psi'.split(
  ' ',
);

const record = (name: string, words: number[]): SeedRecord => {
  const text = words.map((word) => WORDS[word % WORDS.length]).join(' ');
  return {
    name,
    digest: `${name}:${text}`,
    headline: name,
    standfirst: null,
    english: null,
    date: null,
    popular: [],
    vector: termVector({ headline: '', english: null, standfirst: null, body: [text] }, NO_WORD_FREQUENCIES),
  };
};

const lists = (table: RelatedTable, count: number) =>
  Array.from({ length: count }, (_, article) => relatedOf(table, article));

const articleWords = fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 2, maxLength: 8 });

describe('related articles, updated from the last build', () => {
  it('match the lists computed afresh after articles are added, edited and removed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(articleWords, { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.constantFrom('add', 'edit', 'remove'), fc.nat(), articleWords), {
          maxLength: 6,
        }),
        fc.integer({ min: 2, max: 30 }),
        async (initial, changes, cap) => {
          let records = initial.map((words, i) => record(`${String(i * 10).padStart(4, '0')}.txt`, words));
          const before = await relatedStage(records, null, { maxArticlesPerTerm: cap });
          const previous = { table: before.table, records: [...records] };
          changes.forEach(([kind, at, words], step) => {
            const index = records.length === 0 ? 0 : at % records.length;
            if (kind === 'add') {
              // Anywhere in the order: at the end, or back-dated between two others.
              const name = `${String(index * 10 + 5).padStart(4, '0')}-${step}.txt`;
              records = [...records, record(name, words)].sort((a, b) => (a.name < b.name ? -1 : 1));
            } else if (kind === 'edit' && records[index]) {
              records[index] = record((records[index] as SeedRecord).name, words);
            } else if (records.length > 1) {
              records = records.filter((_, i) => i !== index);
            }
          });
          const updated = await relatedStage(records, previous, { maxArticlesPerTerm: cap });
          const afresh = await relatedStage(records, null, { maxArticlesPerTerm: cap });
          expect(lists(updated.table, records.length)).toEqual(lists(afresh.table, records.length));
        },
      ),
      { numRuns: 300 },
    );
  });
});
