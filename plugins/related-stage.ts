// The related-articles stage: each article's most similar articles, by seed file name. With the last build's
// lists, only the lists that can change are worked on (see src/site/related-articles.ts): those of new and
// edited articles, those that held an article now gone or changed, and those a new or edited article may enter.
import type { SeedRecord } from '../src/seeds/seed-record.ts';
import {
  articlesWithTerm,
  MAX_ARTICLES_PER_TERM,
  relatedIndex,
  relatedLists,
  termCounts,
  type RelatedIndex,
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
    // Articles whose vectors are new or gone: few, so everything else is compared against them only.
    const changed = new Set<string>();
    for (const record of records) {
      const before = previous.records.get(record.name);
      if (!before || before.digest !== record.digest) changed.add(record.name);
    }
    for (const name of previous.records.keys()) if (!position.has(name)) changed.add(name);
    const unchanged = (name: string) => !changed.has(name);
    // A word that crossed MAX_ARTICLES_PER_TERM changes the scores of every article that holds it. Only the
    // words of articles added, edited or removed can have crossed it.
    const gone = [...previous.records.values()].filter((record) => !unchanged(record.name));
    const came = records.filter((record) => !unchanged(record.name));
    const crossed = crossedTerms(index, gone, came, maxArticlesPerTerm);
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

/** Words whose count of vectors crossed `limit`: now from the index, before from it less `came` plus `gone`. */
function crossedTerms(
  index: RelatedIndex,
  gone: readonly SeedRecord[],
  came: readonly SeedRecord[],
  limit: number,
): Set<string> {
  const removed = termCounts(gone.map((record) => record.vector));
  const added = termCounts(came.map((record) => record.vector));
  const crossed = new Set<string>();
  for (const term of new Set([...removed.keys(), ...added.keys()])) {
    const now = articlesWithTerm(index, term);
    const before = now - (added.get(term) ?? 0) + (removed.get(term) ?? 0);
    if (before > limit !== now > limit) crossed.add(term);
  }
  return crossed;
}
