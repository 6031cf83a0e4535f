// The related-articles stage: each article's most similar articles, by seed file name. With the last build's
// lists, only the lists that can change are worked on (see src/site/related-articles.ts): those of new and
// edited articles, those that held an article now gone or changed, and those a new or edited article may enter.
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import {
  MAX_ARTICLES_PER_TERM,
  relatedIndex,
  relatedLists,
  termCounts,
  type TermVector,
} from '../src/site/related-articles.ts';

/** Twice what an article shows: its own popular posts are left out afterwards. */
export const RELATED_KEPT = 8;

export interface RelatedStage {
  /** For each record (same order), the positions of its related articles, best first. */
  lists: number[][];
  /** By seed file name, for the cache. */
  byName: Map<string, string[]>;
}

export function relatedStage(
  records: readonly SeedRecord[],
  previous: { related: ReadonlyMap<string, string[]>; records: ReadonlyMap<string, SeedRecord> } | null,
  maxArticlesPerTerm = MAX_ARTICLES_PER_TERM,
): RelatedStage {
  const index = relatedIndex(
    records.map((record) => record.vector),
    maxArticlesPerTerm,
  );
  let lists: number[][];
  if (!previous) {
    lists = relatedLists(index, RELATED_KEPT);
  } else {
    const position = new Map(records.map((record, at) => [record.name, at]));
    const unchanged = (name: string) => {
      const at = position.get(name);
      return at !== undefined && previous.records.get(name)?.digest === records[at]?.digest;
    };
    // A word that crossed MAX_ARTICLES_PER_TERM changes the scores of every article that holds it.
    const crossed = crossedTerms(
      [...previous.records.values()].map((record) => record.vector),
      records.map((record) => record.vector),
      maxArticlesPerTerm,
    );
    const fresh: number[] = [];
    const kept = records.map((record, at) => {
      if (!unchanged(record.name)) fresh.push(at);
      const list = previous.related.get(record.name);
      if (!unchanged(record.name) || !list || !list.every(unchanged)) return null;
      if (record.vector.terms.some((term) => crossed.has(term))) return null;
      return list.map((name) => position.get(name) as number);
    });
    lists = relatedLists(index, RELATED_KEPT, kept, fresh);
  }
  const byName = new Map<string, string[]>();
  records.forEach((record, at) => {
    byName.set(
      record.name,
      (lists[at] ?? []).map((other) => records[other]?.name ?? ''),
    );
  });
  return { lists, byName };
}

function crossedTerms(before: Iterable<TermVector>, after: Iterable<TermVector>, limit: number): Set<string> {
  const old = termCounts(before);
  const now = termCounts(after);
  const crossed = new Set<string>();
  for (const term of new Set([...old.keys(), ...now.keys()])) {
    if ((old.get(term) ?? 0) > limit !== (now.get(term) ?? 0) > limit) crossed.add(term);
  }
  return crossed;
}
