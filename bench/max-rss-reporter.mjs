// Preloaded into a measured process (`node --import`): on exit, writes its peak resident memory (KiB) to
// the file named by HABARI_MAX_RSS_FILE. Covers the whole process, native bundler threads included.
import { writeFileSync } from 'node:fs';

const target = process.env.HABARI_MAX_RSS_FILE;
if (target) {
  process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
}
