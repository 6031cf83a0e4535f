// Writes the service worker (Workbox generateSW) into a site folder built from scratch. It precaches the app's
// shell: the offline page, the scripts, the icons and the web app manifest, all of which change only with the
// code; so a build that only publishes articles leaves it byte for byte the same, and readers are offered a
// new version only when there is new code (docs/decisions/006-service-worker.md).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { OutputWriter, withCompressed } from '../src/prerender/output-files.ts';
import { pwaOptions } from './pwa-options.ts';

export async function writeServiceWorker(siteDir: string): Promise<void> {
  // Loaded only by a build that writes the worker (half a second that an incremental build does not pay).
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
  const writer = new OutputWriter(siteDir);
  for (const name of readdirSync(siteDir).filter((file) => /^(sw|workbox-[\w-]+)\.js$/.test(file))) {
    writer.write(withCompressed({ fileName: name, source: readFileSync(path.join(siteDir, name)) }, 'best'));
  }
}
