// Writes the service worker (Workbox generateSW) into a site folder built from scratch. It precaches the app's
// shell: the offline page, the scripts, the icons and the web app manifest, all of which change only with the
// code; so a build that only publishes articles leaves it byte for byte the same, and readers are offered a
// new version only when there is new code (docs/decisions/006-service-worker.md). For the same reason it is
// kept with the bundles (plugins/code-stage.ts): the next clean build with the same code copies it (Workbox
// takes two seconds to make it).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OutputWriter, withCompressed, type OutputFile } from '../src/prerender/output-files.ts';
import { pwaOptions } from './pwa-options.ts';

const WORKER_FILE = /^(sw|workbox-[\w-]+)\.js$/;
const DIGESTS = 'digests.json';

export async function writeServiceWorker(siteDir: string, keptDir: string): Promise<void> {
  const writer = new OutputWriter(siteDir, true);
  const kept = keptWorker(keptDir);
  if (kept) {
    writer.write(kept);
    return;
  }
  // Loaded only by a build that makes the worker (half a second that other builds do not pay).
  const { generateSW } = await import('workbox-build');
  await generateSW({
    ...pwaOptions.workbox,
    globDirectory: siteDir,
    // Hashed file names are their own revision.
    dontCacheBustURLsMatching: /^assets\//,
    // In name order, whatever order the file system lists them in: the same site, the same worker.
    manifestTransforms: [
      (entries) => ({ manifest: [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)) }),
    ],
    swDest: path.join(siteDir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
  });
  const files = readdirSync(siteDir)
    .filter((file) => WORKER_FILE.test(file))
    .sort()
    .flatMap((name) =>
      withCompressed({ fileName: name, source: readFileSync(path.join(siteDir, name)) }, 'best'),
    );
  writer.write(files);
  keepWorker(keptDir, files);
}

const digestOf = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

function keepWorker(keptDir: string, files: readonly OutputFile[]): void {
  mkdirSync(keptDir, { recursive: true });
  const digests: Record<string, string> = {};
  for (const file of files) {
    writeFileSync(path.join(keptDir, file.fileName), file.source);
    digests[file.fileName] = digestOf(file.source as Uint8Array);
  }
  // Last: without it, what is there is not a kept worker.
  writeFileSync(path.join(keptDir, DIGESTS), JSON.stringify(digests));
}

/** The kept worker's files, if all are there and match their digests; otherwise it is made again. */
function keptWorker(keptDir: string): OutputFile[] | null {
  const list = path.join(keptDir, DIGESTS);
  if (!existsSync(list)) return null;
  try {
    const digests = JSON.parse(readFileSync(list, 'utf8')) as Record<string, string>;
    const files = Object.entries(digests).map(([fileName, digest]) => {
      const source = readFileSync(path.join(keptDir, fileName));
      if (digestOf(source) !== digest) throw new Error(`${fileName} does not match its digest`);
      return { fileName, source };
    });
    return files.length > 0 ? files : null;
  } catch {
    return null;
  }
}
