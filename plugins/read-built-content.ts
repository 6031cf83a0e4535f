// Reads the JSON a client build wrote back from disk: the prerender renders from exactly what readers will
// fetch, and any file that does not parse stops the build here.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { dataFiles } from '../src/content/data-files.ts';
import { isIndexPageJson, isPopularJson, isPostJson } from '../src/content/site-json-guards.ts';
import type { IndexPageJson, PopularJson, PostJson } from '../src/content/site-json.ts';
import type { SiteContent } from '../src/prerender/site-pages.ts';

export async function readBuiltContent(clientDir: string): Promise<SiteContent> {
  const read = async <T>(fileName: string, isValid: (value: unknown) => value is T): Promise<T> => {
    const text = await readFile(path.join(clientDir, fileName), 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new Error(`${fileName} does not parse as JSON: ${String(error)}`);
    }
    if (!isValid(value)) throw new Error(`${fileName} is not the data the app expects`);
    return value;
  };

  const first = await read(dataFiles.indexPage(1), isIndexPageJson);
  const pages: IndexPageJson[] = [first];
  for (let page = 2; page <= first.pageCount; page++) {
    pages.push(await read(dataFiles.indexPage(page), isIndexPageJson));
  }
  const popular: PopularJson = await read(dataFiles.popular(), isPopularJson);

  const postsDir = path.dirname(path.join(clientDir, dataFiles.post('x')));
  const postNames = (await readdir(postsDir)).filter((name) => name.endsWith('.json')).sort();
  const posts: PostJson[] = await Promise.all(
    postNames.map((name) => read(dataFiles.post(name.slice(0, -'.json'.length)), isPostJson)),
  );
  return { pages, popular, posts };
}
