// A fixed pool of build worker threads (src/prerender/build-worker.ts), one per core, each with a bounded heap.
// Tasks queue and go to whichever worker has room. A worker that fails takes the pool down with a message that
// says what happened: out of memory (with the limit and the size of the site), or the error it threw.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BuildWorkerData, BuildWorkerReply, BuildWorkerTask } from '../src/prerender/build-worker.ts';

/** Old-generation heap per worker: a batch of records or pages needs a few megabytes. HABARI_WORKER_HEAP_MB
 * changes it (the build tests make it tiny, to see the out-of-memory message). */
export const WORKER_HEAP_MB = Number(process.env.HABARI_WORKER_HEAP_MB ?? 256);
/** Tasks a worker holds at once: one in hand, one waiting, so it never idles between messages. */
const IN_FLIGHT = 2;

interface Pending {
  task: BuildWorkerTask;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private failure: Error | null = null;
  /** Said in an out-of-memory message: what the pool was working on, and how big the site is. */
  doing = 'starting';

  constructor(
    script: string,
    data: BuildWorkerData,
    size = Math.max(1, Math.min(availableParallelism(), 4)),
  ) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = {
        worker: new Worker(script, {
          workerData: data,
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
        }),
        inFlight: new Map(),
      };
      slot.worker.on('message', (reply: BuildWorkerReply) => this.settle(slot, reply));
      slot.worker.on('error', (error: Error) => this.fail(this.explain(error)));
      slot.worker.on('exit', (code) => {
        if (code !== 0)
          this.fail(new Error(`a build worker stopped (exit code ${code}) while ${this.doing}`));
      });
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  run<T>(task: BuildWorkerTask): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (result: unknown) => void, reject });
      this.dispatch();
    });
  }

  /**
   * Hands every task to a worker now, in turns, rather than two at a time as workers finish: for work that goes
   * on while this thread is busy with its own, since a worker waiting for its next task waits for this thread.
   */
  runAllNow<T>(tasks: readonly BuildWorkerTask[]): Promise<T[]> {
    return Promise.all(tasks.map((task) => this.send<T>(this.leastBusy(), task)));
  }

  /** Gives the same task to every worker (for work each holds, such as its search postings); their results. */
  runOnEach<T>(task: BuildWorkerTask): Promise<T[]> {
    return Promise.all(this.slots.map((slot) => this.send<T>(slot, task)));
  }

  /** Stops every worker; waits until they have stopped, so nothing writes after this returns. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  /** A task straight to one worker, past the queue. */
  private send<T>(slot: Slot, task: BuildWorkerTask): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.post(slot, { task, resolve: resolve as (result: unknown) => void, reject });
    });
  }

  private post(slot: Slot, pending: Pending): void {
    const id = this.nextId++;
    slot.inFlight.set(id, pending);
    slot.worker.postMessage({ id, task: pending.task });
  }

  private leastBusy(): Slot {
    return this.slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
  }

  private dispatch(): void {
    for (;;) {
      const slot = this.leastBusy();
      if (slot.inFlight.size >= IN_FLIGHT) return;
      const next = this.queue.shift();
      if (!next) return;
      this.post(slot, next);
    }
  }

  private settle(slot: Slot, reply: BuildWorkerReply): void {
    const pending = slot.inFlight.get(reply.id);
    if (!pending) return;
    slot.inFlight.delete(reply.id);
    if (reply.ok) {
      pending.resolve(reply.result);
    } else {
      this.fail(Object.assign(new Error(reply.error), reply.code ? { code: reply.code } : {}));
      // Its own task too, which fail() no longer finds in flight: the one thing awaited may be this task alone.
      pending.reject(this.failure as Error);
    }
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const slot of this.slots) {
      for (const pending of slot.inFlight.values()) pending.reject(error);
      slot.inFlight.clear();
    }
    for (const pending of this.queue.splice(0)) pending.reject(error);
  }

  private explain(error: Error): Error {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new Error(
        `a build worker ran out of memory while ${this.doing}: its heap limit is ${WORKER_HEAP_MB} MB ` +
          `(set HABARI_WORKER_HEAP_MB to give it more)`,
        { cause: error },
      );
    }
    return error;
  }
}
