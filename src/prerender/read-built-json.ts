// Reads the JSON a client build wrote back from disk: the prerender renders from exactly what readers will
// fetch, and a file that does not parse, or is not the shape the app expects, stops the build.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataFiles } from '../content/data-files.ts';
import { isIndexPageJson, isPopularJson, isPostJson } from '../content/site-json-guards.ts';
import type { IndexPageJson, PopularJson, PostJson } from '../content/site-json.ts';

export function readBuiltJson<T>(
  clientDir: string,
  fileName: string,
  isValid: (value: unknown) => value is T,
): T {
  const text = readFileSync(path.join(clientDir, fileName), 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${fileName} does not parse as JSON: ${String(error)}`);
  }
  if (!isValid(value)) throw new Error(`${fileName} is not the data the app expects`);
  return value;
}

export function readBuiltIndex(clientDir: string): { pages: IndexPageJson[]; popular: PopularJson } {
  const first = readBuiltJson(clientDir, dataFiles.indexPage(1), isIndexPageJson);
  const pages: IndexPageJson[] = [first];
  for (let page = 2; page <= first.pageCount; page++) {
    pages.push(readBuiltJson(clientDir, dataFiles.indexPage(page), isIndexPageJson));
  }
  const popular = readBuiltJson(clientDir, dataFiles.popular(), isPopularJson);
  return { pages, popular };
}

/** The slug of every post file the build wrote. */
export function builtPostSlugs(clientDir: string): string[] {
  const postsDir = path.dirname(path.join(clientDir, dataFiles.post('x')));
  return readdirSync(postsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export function readBuiltPost(clientDir: string, slug: string): PostJson {
  return readBuiltJson(clientDir, dataFiles.post(slug), isPostJson);
}
