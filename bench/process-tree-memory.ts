// Runs a command and measures the whole process tree it starts: wall time, and peak memory as the largest sum
// of resident memory over the command's process and every descendant (worker threads are inside their
// process; child processes are counted too), sampled every 50 ms from /proc.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeRun {
  seconds: number;
  peakMemoryMB: number;
  exitCode: number | null;
  /** True when `killAfterSeconds` killed it. */
  killed: boolean;
  output: string;
}

const PAGE_KB = 4;

function treeRssKb(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE_KB);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at)) {
      if (at === rootPid) {
        total += kb;
        break;
      }
    }
  }
  return total;
}

export function runMeasured(
  command: string,
  args: string[],
  /**
   * `echo`: also print the command's output as it comes (a long run shows its progress). `killAfterSeconds`: kill
   * its whole process group then, as `kill -9` would.
   */
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean; killAfterSeconds?: number },
): Promise<TreeRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const { echo = false, killAfterSeconds, ...spawnOptions } = options;
    const child = spawn(command, args, {
      ...spawnOptions,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that a kill reaches every process it started.
      detached: killAfterSeconds !== undefined,
    });
    let killed = false;
    const killer =
      killAfterSeconds === undefined
        ? null
        : setTimeout(() => {
            killed = true;
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          }, killAfterSeconds * 1000);
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let peakKb = 0;
    const timer = setInterval(() => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMemoryMB: peakKb / 1024,
        exitCode: code,
        killed,
        output,
      });
    });
  });
}
