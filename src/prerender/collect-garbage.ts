// A full garbage collection, on demand, for the build's stage boundaries (the main thread and each worker).
// A stage lets go of hundreds of megabytes at a million articles (the records' vectors, the site model's
// lookups, the related lists), and V8 collects them only when it next needs room: by then the next stage has
// grown beside them, and the build's peak is both together. Collecting between stages costs a second or two.
// The same switch Jest uses for --logHeapUsage: the flag, then `gc` from a fresh context. Turned on at the first
// call, not on import: the dev server and preview load this module too and never collect.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
