// How fast search answers on a large site, as the page runs it: the shards a query needs read from the built
// site and decoded, then ranked; each query timed after a warm-up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rankArticles } from '../src/search/search-index.ts';
import {
  decodeShard,
  SEARCH_MANIFEST,
  shardFile,
  shardsFor,
  type SearchManifestJson,
  type ShardWord,
} from '../src/search/search-shards.ts';
import { queryWords } from '../src/search/tokenize.ts';

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

export async function searchSpeed(siteDir: string): Promise<SearchSpeed> {
  const manifest = JSON.parse(
    readFileSync(path.join(siteDir, SEARCH_MANIFEST), 'utf8'),
  ) as SearchManifestJson;
  const load = (query: string) => {
    const byWord = new Map<string, ShardWord[]>();
    for (const word of queryWords(query)) {
      byWord.set(
        word,
        shardsFor(word, manifest).flatMap((key) =>
          decodeShard(readFileSync(path.join(siteDir, shardFile(key)))),
        ),
      );
    }
    return (word: string) => byWord.get(word) ?? [];
  };
  const loaded = new Map(QUERIES.map((query) => [query, load(query)]));
  const run = (query: string) =>
    rankArticles(loaded.get(query) ?? (() => []), query, manifest.articles, 10, async () => undefined);
  for (const query of QUERIES) await run(query);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      await run(query);
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
