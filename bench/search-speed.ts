// How fast search answers on a large site: the built index loaded as the browser would, then a set of
// queries (common words, two words, prefixes, English, a rare word), each timed after a warm-up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { searchIndex, type SearchIndexJson } from '../src/search/search-index.ts';

const QUERIES = [
  'habari',
  'serikali',
  'uchumi biashara',
  'rais waziri mkutano',
  'mku',
  'tek',
  'synthetic article',
  'number 4242',
  'vijana ajira',
  'zzzz',
];

export interface SearchSpeed {
  indexBytes: number;
  loadMs: number;
  medianMs: number;
  maxMs: number;
  queries: number;
}

export function searchSpeed(siteDir: string): SearchSpeed {
  const file = path.join(siteDir, 'data/search-index.json');
  const text = readFileSync(file, 'utf8');
  const loadStarted = performance.now();
  const index = JSON.parse(text) as SearchIndexJson;
  const loadMs = performance.now() - loadStarted;
  for (const query of QUERIES) searchIndex(index, query);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      searchIndex(index, query);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return {
    indexBytes: Buffer.byteLength(text),
    loadMs,
    medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
    maxMs: times.at(-1) ?? Number.NaN,
    queries: times.length,
  };
}
