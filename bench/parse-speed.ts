// How long the seed parser takes on a 10 MB seed (median of 5), the budget that keeps it linear.
import { parseSeed } from '../src/seeds/parse-seed.ts';

export function tenMegabyteParseMs(): number {
  const paragraph = 'Neno la habari '.repeat(60).trim();
  const text = `Kichwa\n\nKichwa\nMuhtasari\n\n${`${paragraph}\n\n`.repeat(Math.ceil(10_000_000 / (paragraph.length + 2)))}`;
  const bytes = new TextEncoder().encode(text);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const result = parseSeed('seeds/ten-megabytes.txt', bytes);
    times.push(performance.now() - started);
    if (!result.ok) throw new Error('the 10 MB seed did not parse');
  }
  return times.sort((a, b) => a - b)[2] ?? Number.NaN;
}
