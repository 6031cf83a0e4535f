// How long a test may run before it counts as hung. A guard ends a build that never ends with a failure that
// says so; it times nothing (speed is the bench's job), so it sits far above what a loaded machine needs.
// Under a load average of 20 on 2 cores (the browser suite slowed down and a build beside them) the week of
// daily rebuilds took 330 s and a hook's three builds over 100 s, which guards of 100 to 240 s failed as hung.

/** One `npm run build` of a test's seeds. */
export const ONE_BUILD_MS = 10 * 60_000;

/** A test or a hook made of builds: as many as the longest test runs (the week of daily rebuilds: 13). */
export const BUILDS_MS = 30 * 60_000;
