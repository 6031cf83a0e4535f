import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BuildWorkerData, BuildWorkerTask } from '../src/prerender/build-worker.ts';
import { WorkerPool } from './worker-pool.ts';

// A stand-in for the build worker: answers `flush` and fails `render`, as a worker whose disk is full would.
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, task }) => {
  if (task.type === 'render') parentPort.postMessage({ id, ok: false, error: 'ENOSPC: no space left on device, write', code: 'ENOSPC' });
  else parentPort.postMessage({ id, ok: true, result: task.type });
});
`;

describe('the worker pool', () => {
  let dir = '';
  let pool: WorkerPool | null = null;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'habari-pool-'));
    writeFileSync(path.join(dir, 'worker.mjs'), WORKER);
    pool = new WorkerPool(path.join(dir, 'worker.mjs'), {} as BuildWorkerData, 2);
  });
  afterEach(async () => {
    await pool?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const render: BuildWorkerTask = { type: 'render', jobs: [] };

  it('fails the task a worker failed, even when it is the only one awaited, with the file system code', async () => {
    await expect(pool?.runOnEach({ type: 'flush' })).resolves.toEqual(['flush', 'flush']);
    const failed = pool?.run(render);
    await expect(failed).rejects.toThrow('ENOSPC: no space left on device');
    await expect(failed).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  it('fails every task after a failure, so nothing waits on a pool that has failed', async () => {
    await expect(pool?.run(render)).rejects.toThrow();
    await expect(pool?.runOnEach({ type: 'flush' })).rejects.toThrow('ENOSPC');
    await expect(pool?.run({ type: 'flush' })).rejects.toThrow('ENOSPC');
  });
});
