// How fast search answers on a large site, as the search worker runs it: the shards a query needs read from the
// built site and decoded, then ranked; each query timed after a warm-up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { searchShards, shardKeysFor } from '../src/search/search-index.ts';
import {
  decodeShard,
  SEARCH_MANIFEST,
  shardFile,
  type SearchManifestJson,
  type ShardWord,
} from '../src/search/search-shards.ts';

const QUERIES = [
  'habari',
  'serikali',
  'uchumi biashara',
  'rais waziri mkutano',
  'mku',
  'tek',
  'country technology',
  'zzzz',
];

export interface SearchSpeed {
  medianMs: number;
  maxMs: number;
  queries: number;
}

export function searchSpeed(siteDir: string): SearchSpeed {
  const { articles } = JSON.parse(
    readFileSync(path.join(siteDir, SEARCH_MANIFEST), 'utf8'),
  ) as SearchManifestJson;
  const load = (query: string) => {
    const shards = new Map<string, ShardWord[]>();
    for (const key of shardKeysFor(query)) {
      try {
        shards.set(key, decodeShard(readFileSync(path.join(siteDir, shardFile(key)))));
      } catch {
        shards.set(key, []);
      }
    }
    return shards;
  };
  const loaded = new Map(QUERIES.map((query) => [query, load(query)]));
  for (const query of QUERIES) searchShards(loaded.get(query) ?? new Map(), query, articles);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      searchShards(loaded.get(query) ?? new Map(), query, articles);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
    maxMs: times.at(-1) ?? Number.NaN,
    queries: times.length,
  };
}
