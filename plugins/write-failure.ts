// A build that cannot write says why in one line, and what to do: a full disk, a read-only folder. The
// published site is never the one written into (plugins/site-copies.ts), so it is always left as it was.
const FULL = new Set(['ENOSPC', 'EDQUOT']);
const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

/** The message for a file system error a reader can act on; null for any other error. */
export function writeFailure(error: unknown, shownOut: string): Error | null {
  const { code, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (!code || !(FULL.has(code) || NOT_WRITABLE.has(code))) return null;
  const what = FULL.has(code) ? 'the disk is full' : `a folder the build writes is read-only`;
  const todo = FULL.has(code)
    ? 'free some space and build again'
    : `make ${shownOut}, ${shownOut}.sites, the build cache and the folder they are in writable, and build again`;
  return new Error(`habari: ${what} (${message}); the published site is unchanged: ${todo}`);
}
