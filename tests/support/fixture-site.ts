// A small site built from the real seed plus a few test seeds, by the real parser and the build's own model,
// related articles and output units, so component tests fetch exactly the files a build would publish.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { siteInMemory } from '../../plugins/site-in-memory.ts';
import { readSeedFolder } from '../../src/seeds/read-seed-folder.ts';

const seedsDir = path.resolve(import.meta.dirname, '../../seeds');

export const REAL_SEED_SLUG = 'korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';

/** Two dated articles written for the tests (the screenshots of dates use them too). */
export const EXTRA_SEEDS: Record<string, string> = {
  // Dated, as a newsroom names its seeds (src/seeds/seed-date.ts); the repository's own seed is not.
  '2026-11-27T2130_putin-pyongyang.txt': [
    'Putin na Kim Jong-un wakutana Pyongyang',
    '',
    'Putin na Kim Jong-un wakutana Pyongyang',
    'Viongozi wa Urusi na Korea Kaskazini wajadili ushirikiano wa kijeshi',
    'Putin and Kim Jong-un meet in Pyongyang',
    '',
    'Rais wa Urusi Vladimir Putin amewasili Pyongyang kukutana na kiongozi wa Korea Kaskazini Kim Jong-un.',
    '',
    'Wamejadili ushirikiano wa kijeshi na makombora, KCNA iliripoti.',
  ].join('\n'),
  '2026-11-28T0700_bila-kiingereza.txt': [
    'Mvua kubwa yanyesha Dar es Salaam',
    '',
    'Mvua kubwa yanyesha Dar es Salaam',
    'Wakazi wametakiwa kuchukua tahadhari',
    '',
    'Mvua iliyoanza usiku imeendelea hadi asubuhi.',
    '',
    'Popular posts from this blog',
    '',
    'Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi',
  ].join('\n'),
};

type SiteFiles = Map<string, string | Uint8Array>;

/** The default site, built once per test file: each test gets its own copy of the map. */
let defaultSite: Promise<SiteFiles> | null = null;

/** The site's files by name (data JSON as text, search shards as bytes). */
export async function fixtureFiles(extraSeeds: Record<string, string> = EXTRA_SEEDS): Promise<SiteFiles> {
  if (extraSeeds !== EXTRA_SEEDS) return builtFiles(extraSeeds);
  defaultSite ??= builtFiles(EXTRA_SEEDS);
  return new Map(await defaultSite);
}

async function builtFiles(extraSeeds: Record<string, string>): Promise<SiteFiles> {
  const dir = mkdtempSync(path.join(tmpdir(), 'habari-fixture-'));
  try {
    cpSync(seedsDir, dir, { recursive: true });
    for (const [name, text] of Object.entries(extraSeeds)) writeFileSync(path.join(dir, name), text);
    const site = await siteInMemory(readSeedFolder(dir, path.dirname(dir)), 'http://localhost:4173');
    return site.files;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function realSeedText(): string {
  return readFileSync(path.join(seedsDir, '000_7feea9ddb087cc41.txt'), 'utf8');
}
