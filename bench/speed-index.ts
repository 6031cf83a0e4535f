// This machine's speed at the moment, from ../shared/calibrate.mjs where the machine has it (1.00 = the
// reference machine, higher is faster): machines of one kind differ by up to half, so a timing means little
// without the index beside it. Null, with a line saying so, where the script is absent.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const CALIBRATE = path.resolve(import.meta.dirname, '../../shared/calibrate.mjs');

export function speedIndex(): number | null {
  if (!existsSync(CALIBRATE)) {
    console.log(`bench: no ${CALIBRATE}: timings are printed without the machine's speed index`);
    return null;
  }
  const run = spawnSync(process.execPath, [CALIBRATE], { encoding: 'utf8' });
  const index = /speed index ([\d.]+)/.exec(run.stdout ?? '');
  console.log(`bench: ${(run.stdout ?? '').trim() || `calibrate failed: ${run.stderr}`}`);
  return index ? Number(index[1]) : null;
}
