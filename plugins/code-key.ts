// The cache key of everything the code decides: a digest of every source file that goes into the bundles or
// the build (src/, plugins/, public/, index.html, the configs, the lock file), the Node version and the
// settings a build reads from its environment. When it changes, the next build is a clean one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const FOLDERS = ['src', 'plugins', 'public'];
const FILES = ['index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** Tests change no output. */
const NOT_BUILD_CODE = /\.test\.tsx?$/;

export function codeKey(root: string, settings: Record<string, string>): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const [name, value] of Object.entries(settings).sort()) hash.update(`${name}=${value}\n`);
  const files = [...FILES, ...FOLDERS.flatMap((folder) => filesUnder(root, folder))].sort();
  for (const file of files) {
    const target = path.join(root, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(target);
    } catch {
      bytes = Buffer.from('(missing)');
    }
    hash.update(`${file}\n${bytes.length}\n`).update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}

function filesUnder(root: string, folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(root, folder));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const relative = `${folder}/${name}`;
    if (statSync(path.join(root, relative)).isDirectory()) return filesUnder(root, relative);
    return NOT_BUILD_CODE.test(name) ? [] : [relative];
  });
}
