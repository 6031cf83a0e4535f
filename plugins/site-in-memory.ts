// The site's data files made in memory, from a seed folder read whole: for the development server, which serves
// them as the published site would, and for component tests, which fetch exactly what a build publishes.
// The same model, related articles and output units as the build (plugins/build-site.ts), without pages.
import { serializeEmbeddedState, EMBEDDED_STATE_ID } from '../src/services/embedded-state.ts';
import { paths } from '../src/services/paths.ts';
import type { PostJson } from '../src/content/site-json.ts';
import { jobData, postJson } from '../src/prerender/render-jobs.ts';
import { searchIndexOf } from '../src/search/build-shards.ts';
import {
  encodeShard,
  SEARCH_MANIFEST,
  shardFile,
  type SearchManifestJson,
} from '../src/search/search-shards.ts';
import { searchTerms } from '../src/search/search-terms.ts';
import type { SeedFolder } from '../src/seeds/read-seed-folder.ts';
import { DEFAULT_TIME_ZONE } from '../src/seeds/seed-date.ts';
import { siteModel, type SiteModel } from '../src/site/site-model.ts';
import { SiteOutputs } from './output-plan.ts';
import { relatedStage } from './related-stage.ts';

export interface SiteInMemory {
  model: SiteModel;
  /** By file name under the site root: text, or bytes for the search shards. */
  files: Map<string, string | Uint8Array>;
}

export async function siteInMemory(
  folder: SeedFolder,
  siteUrl: string,
  seedsShown = 'seeds',
  timeZone = DEFAULT_TIME_ZONE,
): Promise<SiteInMemory> {
  const model = siteModel(folder.records, folder.editors, (name) => `${seedsShown}/${name}`);
  const related = await relatedStage(folder.records, null);
  const outputs = new SiteOutputs(model, folder.records, related.table, 'memory', timeZone);
  const files = new Map<string, string | Uint8Array>();
  const bodies = new Map(folder.records.map((record, at) => [record.name, folder.articles[at]?.body ?? []]));
  for (const [id] of outputs.units()) {
    const job = outputs.job(id);
    if (job.kind === 'post') {
      const post = postJson(job, job.seed ? (bodies.get(job.seed.name) ?? []) : []);
      files.set(paths.post(post.slug).slice(1), postDataPage(post));
    }
    for (const file of jobData(job)) files.set(file.fileName, String(file.source));
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

/**
 * What the app reads of a post's page: the embedded state alone, without the prerendered markup (the
 * development server and the tests have no prerendered pages).
 */
function postDataPage(post: PostJson): string {
  const state = serializeEmbeddedState({ queries: [[['post', post.slug], post]], view: null, views: [] });
  return `<!doctype html><script type="application/json" id="${EMBEDDED_STATE_ID}">${state}</script>`;
}

/** The search shards of the folder's articles and their manifest, as the build's search stage writes them. */
function searchShardFiles(folder: SeedFolder): Map<string, Uint8Array | string> {
  const index = searchIndexOf(
    folder.articles.map((article) => searchTerms({ ...article, english: article.englishHeadline })),
  );
  const files = new Map<string, Uint8Array | string>();
  for (const [key, words] of index.shards) files.set(shardFile(key), encodeShard(words));
  const manifest: SearchManifestJson = {
    format: 2,
    articles: folder.articles.length,
    shards: [...index.shards.keys()].sort(),
    split: index.split,
  };
  files.set(SEARCH_MANIFEST, JSON.stringify(manifest));
  return files;
}
