// Crash tests stop a build at a chosen moment, as `kill -9` would: with HABARI_STOP_AT=POINT or POINT:N, the
// build kills itself (SIGKILL: nothing is cleaned up, no handler runs) the Nth time any one thread reaches POINT.
// The points are named where the build and its workers call stopPoint. Without the variable, a call costs one
// comparison.
const wanted = parse(process.env.HABARI_STOP_AT);
const reached = new Map<string, number>();

function parse(setting: string | undefined): { point: string; time: number } | null {
  if (!setting) return null;
  const [point = '', time = '1'] = setting.split(':');
  return { point, time: Math.max(1, Number(time) || 1) };
}

export function stopPoint(point: string): void {
  if (wanted === null || wanted.point !== point) return;
  const times = (reached.get(point) ?? 0) + 1;
  reached.set(point, times);
  if (times === wanted.time) process.kill(process.pid, 'SIGKILL');
}
