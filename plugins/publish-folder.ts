// Moves a finished build into place in one step, so a failed build never leaves a half-written site.
import { rename, rm, stat } from 'node:fs/promises';

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
  if (hadTarget) await rm(old, { recursive: true, force: true });
}
