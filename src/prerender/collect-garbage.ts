// A full garbage collection, on demand, for the build's stage boundaries (the main thread and each worker).
// A stage lets go of hundreds of megabytes at a million articles (the records' vectors, the site model's
// lookups, the related lists), and V8 collects them only when it next needs room: by then the next stage has
// grown beside them, and the build's peak is both together. Collecting between stages costs a second or two.
// The same switch Jest uses for --logHeapUsage: the flag, then `gc` from a fresh context.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function collectGarbage(): void {
  gc();
}
