// One build of an output folder at a time, as git allows one writer of its index: a build holds `<folder>.lock`
// (for the published folder and for its cache) from its first step to its last, and a second build that finds
// it held stops at once, with one line that names the holder and how to proceed. A lock whose process is gone
// (a build killed with kill -9, a machine that restarted) is stale: the next build says so and takes it over.
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

interface Holder {
  pid: number;
  host: string;
  /** When the holder started, as it said (for the message only). */
  since: string;
  /** The process's start time in clock ticks since boot (Linux), so a reused process number is not the holder. */
  ticks: string | null;
}

/** A build that found the folder held by another: its message is the one line to print. */
export class BuildLockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildLockedError';
  }
}

export interface HeldLock {
  release: () => void;
  /** What the build should say: a stale lock it took over. */
  notes: string[];
}

/**
 * Takes `<target>.lock` for this process. Throws BuildLockedError when another live build holds it, with `held`
 * (for example `dist is being built`) as what its message says of the folder.
 */
export function acquireBuildLock(target: string, held: string): HeldLock {
  const lockFile = `${target}.lock`;
  const mine: Holder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    ticks: startTicks(process.pid),
  };
  const text = JSON.stringify(mine);
  const notes: string[] = [];
  // Written whole under a name of its own, then linked into place: a lock file is never seen half-written.
  const draft = `${lockFile}.${process.pid}`;
  writeFileSync(draft, text);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(draft, lockFile);
        return { release: () => releaseIfMine(lockFile, text), notes };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const found = readHolder(lockFile);
      if (found === null) continue;
      if (isRunning(found.holder)) throw new BuildLockedError(heldMessage(found.holder, lockFile, held));
      if (breakStale(lockFile, found.text)) {
        notes.push(
          `a build that stopped without finishing (process ${found.holder.pid}) left ${path.basename(lockFile)}; taking it over`,
        );
      }
    }
    throw new BuildLockedError(
      `habari: could not take ${lockFile}: other builds keep taking it; run one build at a time`,
    );
  } finally {
    unlinkSync(draft);
  }
}

function heldMessage(holder: Holder, lockFile: string, held: string): string {
  const where =
    holder.host === hostname() ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`;
  return (
    `habari: ${held} by another build (${where}, since ${holder.since}); ` +
    `wait for it to finish or stop it, then build again (if no build is running, delete ${lockFile})`
  );
}

function readHolder(lockFile: string): { holder: Holder; text: string } | null {
  let text: string;
  try {
    text = readFileSync(lockFile, 'utf8');
  } catch (error) {
    // Released meanwhile: try again.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Holder;
    if (Number.isInteger(holder.pid) && typeof holder.host === 'string') return { holder, text };
  } catch {
    // Not a lock this code wrote: stale by definition (a process that wrote it whole would have written JSON).
  }
  return { holder: { pid: 0, host: hostname(), since: '?', ticks: null }, text };
}

/** Whether the holder may still be running: on another machine it cannot be checked, so it is taken to be. */
function isRunning(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid <= 0) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // A process with that number runs; where the system says when it started, it must be the one that locked.
  const ticks = startTicks(holder.pid);
  return holder.ticks === null || ticks === null || ticks === holder.ticks;
}

/**
 * Removes the stale lock whose text is `staleText`; false if another build took the lock meanwhile (its lock is
 * put back). A rename moves exactly one file, so two builds that both found the stale lock never both remove it.
 */
function breakStale(lockFile: string, staleText: string): boolean {
  const aside = `${lockFile}.stale-${process.pid}`;
  try {
    renameSync(lockFile, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved !== staleText) {
    // Another build's fresh lock: back where it was, unless yet another took the place.
    try {
      linkSync(aside, lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    unlinkSync(aside);
    return false;
  }
  unlinkSync(aside);
  return true;
}

function releaseIfMine(lockFile: string, text: string): void {
  try {
    if (readFileSync(lockFile, 'utf8') === text) unlinkSync(lockFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Field 22 of /proc/PID/stat, the start time; null where there is no /proc (macOS). */
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
