// The site's data files made in memory, from a seed folder read whole: for the development server, which serves
// them as the published site would, and for component tests, which fetch exactly what a build publishes.
// The same model, related articles and output units as the build (plugins/build-site.ts), without pages.
import { jobData } from '../src/prerender/render-jobs.ts';
import { encodeShard, shardFile, shardKey, type ShardWord } from '../src/search/search-shards.ts';
import { searchTerms } from '../src/search/search-terms.ts';
import type { SeedFolder } from '../src/seeds/read-seed-folder.ts';
import { relatedIndex, relatedLists } from '../src/site/related-articles.ts';
import { siteModel, type SiteModel } from '../src/site/site-model.ts';
import { SiteOutputs } from './output-plan.ts';
import { RELATED_KEPT } from './related-stage.ts';

export interface SiteInMemory {
  model: SiteModel;
  /** By file name under the site root: text, or bytes for the search shards. */
  files: Map<string, string | Uint8Array>;
}

export async function siteInMemory(
  folder: SeedFolder,
  siteUrl: string,
  seedsShown = 'seeds',
): Promise<SiteInMemory> {
  const model = siteModel(
    folder.records.map((record) => ({ ...record, file: `${seedsShown}/${record.name}` })),
    folder.editors,
  );
  const related = relatedLists(relatedIndex(folder.records.map((record) => record.vector)), RELATED_KEPT);
  const outputs = new SiteOutputs(model, folder.records, related, 'memory');
  const files = new Map<string, string | Uint8Array>();
  const bodies = new Map(folder.records.map((record, at) => [record.name, folder.articles[at]?.body ?? []]));
  for (const [id] of outputs.units()) {
    const job = outputs.job(id);
    const body = job.kind === 'post' && job.seed ? (bodies.get(job.seed.name) ?? []) : [];
    for (const file of jobData(job, body)) files.set(file.fileName, String(file.source));
  }
  for (const file of outputs.fileUnits(siteUrl, (name) => bodies.get(name)?.[0] ?? '')) {
    for (const output of await file.make()) {
      if (!/\.(br|gz)$/.test(output.fileName))
        files.set(output.fileName, Buffer.from(output.source).toString());
    }
  }
  for (const [fileName, bytes] of searchShardFiles(folder)) files.set(fileName, bytes);
  return { model, files };
}

/** The search shards of the folder's articles, as the build's search stage writes them. */
function searchShardFiles(folder: SeedFolder): Map<string, Uint8Array> {
  const byKey = new Map<string, Map<string, ShardWord>>();
  folder.articles.forEach((article, position) => {
    for (const [word, weight] of searchTerms({ ...article, english: article.englishHeadline })) {
      const key = shardKey(word);
      let words = byKey.get(key);
      if (!words) byKey.set(key, (words = new Map()));
      let entry = words.get(word);
      if (!entry) words.set(word, (entry = { word, articles: [], weights: [] }));
      entry.articles.push(position);
      entry.weights.push(weight);
    }
  });
  const files = new Map<string, Uint8Array>();
  for (const [key, words] of byKey) {
    const sorted = [...words.values()].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    files.set(shardFile(key), encodeShard(sorted));
  }
  return files;
}
