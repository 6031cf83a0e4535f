// The seed folder of the second e2e site: the real seeds, 60 dated synthetic articles (so the list has pages, a
// scroll position and days) and seeds that try to smuggle markup and script, which must show as text everywhere.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticSeed } from '../../bench/synthetic-archive.ts';

const root = path.resolve(import.meta.dirname, '../..');

export const HOSTILE_HEADLINE =
  '<script>window.__pwned=1</script> Habari <img src=x onerror="window.__pwned=2">';
export const HOSTILE_STANDFIRST =
  'Muhtasari <b>mzito</b> & "nukuu" </script><script>window.__pwned=3</script>';
// The hostile English headline: a javascript: URL the site must show as text (the lint rule is about code).
// eslint-disable-next-line no-script-url
export const HOSTILE_ENGLISH = 'javascript:alert(1) <svg onload=alert(1)>';
export const HOSTILE_PARAGRAPH =
  'Aya yenye <a href="javascript:window.__pwned=4">kiungo</a> na {{7*7}} ${7*7}.';

/** A word that only the faults test's article holds: the test makes the browser's string code throw on it. */
export const CRASH_MARKER = 'KUVUNJIKA';
export const CRASH_SLUG = 'habari-ya-majaribio-ya-hitilafu';

export function writeFixtureSeeds(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(path.join(root, 'seeds'), folder, { recursive: true });
  // Dated, twelve a day over five days (src/seeds/seed-date.ts); the seeds below them are not, and come after.
  for (let index = 0; index < 60; index++) {
    writeFileSync(path.join(folder, fixtureSeedName(index)), syntheticSeed(index, 60).text);
  }
  writeFileSync(
    path.join(folder, '980_crash.txt'),
    [
      'Habari ya majaribio ya hitilafu',
      '',
      'Habari ya majaribio ya hitilafu',
      '',
      `Aya yenye neno ${CRASH_MARKER}.`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(folder, '990_hostile.txt'),
    [
      HOSTILE_HEADLINE,
      '',
      HOSTILE_HEADLINE,
      HOSTILE_STANDFIRST,
      HOSTILE_ENGLISH,
      '',
      HOSTILE_PARAGRAPH,
      '',
      'Popular posts from this blog',
      '',
      '<iframe src="javascript:window.__pwned=5"></iframe>',
    ].join('\n'),
  );
}

/** The name of the fixture's synthetic article `index`: `2026-11-24T0700_00_synthetic.txt`, twelve a day. */
export function fixtureSeedName(index: number): string {
  const day = 24 + Math.floor(index / 12);
  const hour = String(7 + (index % 12)).padStart(2, '0');
  return `2026-11-${day}T${hour}00_${String(index).padStart(2, '0')}_synthetic.txt`;
}
