// Related articles on real news (BBC News Swahili, from ../shared/real-news, read at run time): each article
// lists four, most similar first, and far more of them share its category than chance would give.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRealNewsSeeds, type RealNews } from '../../bench/real-news-seeds.ts';
import { SiteOutputs } from '../../plugins/output-plan.ts';
import { relatedStage } from '../../plugins/related-stage.ts';
import { readSeedFolder, type SeedFolder } from '../seeds/read-seed-folder.ts';
import { DEFAULT_TIME_ZONE } from '../seeds/seed-date.ts';
import { siteModel } from './site-model.ts';
import type { TermVector } from './related-articles.ts';

/** The cosine of two vectors as the build scores it (integer weights). */
function similarity(a: TermVector, b: TermVector): number {
  const weights = new Map(b.terms.map((term, at) => [term, b.weights[at] as number]));
  return a.terms.reduce((sum, term, at) => sum + (a.weights[at] as number) * (weights.get(term) ?? 0), 0);
}

describe('related articles of real news', () => {
  let dir = '';
  let news: RealNews;
  let folder: SeedFolder;
  let lists: number[][];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'habari-real-'));
    // The first 60 articles of each file that make seeds: 120 articles.
    news = writeRealNewsSeeds(path.join(dir, 'seeds'), 60);
    folder = readSeedFolder(news.seedsDir, dir);
    const model = siteModel(folder.records, folder.editors, (name) => name);
    const related = await relatedStage(folder.records, null);
    const outputs = new SiteOutputs(model, folder.records, related.table, 'test', DEFAULT_TIME_ZONE);
    const positionOf = new Map(model.articles.map((post, position) => [model.posts[post]?.slug, position]));
    lists = model.articles.map((post) => {
      const job = outputs.job(`post:${model.posts[post]?.slug}`);
      return job.kind === 'post' ? job.related.map((summary) => positionOf.get(summary.slug) as number) : [];
    });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('weighs words by a table counted from the archive itself when it has none', () => {
    expect(folder.table.articles).toBe(folder.records.length);
  });

  it('lists four related articles for every article that shares a word of its vector with four others', () => {
    expect(lists.length).toBe(folder.records.length);
    const sharing = folder.records.map(
      (record, article) =>
        folder.records.filter(
          (other, at) =>
            at !== article && other.vector.terms.some((term) => record.vector.terms.includes(term)),
        ).length,
    );
    expect(lists.map((list) => list.length)).toEqual(sharing.map((count) => Math.min(4, count)));
  });

  it('lists them most similar first', () => {
    for (const [article, list] of lists.entries()) {
      const scores = list.map((other) =>
        similarity(
          folder.records[article]?.vector as TermVector,
          folder.records[other]?.vector as TermVector,
        ),
      );
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('lists articles of the same category well above chance', () => {
    const categories = folder.records.map((record) => news.categories.get(record.name));
    const shown = lists.flatMap((list, article) =>
      list.map((other) => categories[other] === categories[article]),
    );
    const sizes = new Map<string | undefined, number>();
    for (const category of categories) sizes.set(category, (sizes.get(category) ?? 0) + 1);
    // Two articles drawn at random share a category this often.
    const chance = [...sizes.values()].reduce((sum, size) => sum + (size / categories.length) ** 2, 0);
    const precision = shown.filter(Boolean).length / shown.length;
    expect(precision).toBeGreaterThan(2 * chance);
  });
});
