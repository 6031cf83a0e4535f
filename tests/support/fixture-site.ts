// A small site built from the real seed plus a few test seeds, by the real parser and builder,
// so component tests render exactly the JSON a build would publish.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSiteData, type EditorsHeadlines, type SiteData } from '../../src/seeds/build-site-data.ts';
import { parseSeed } from '../../src/seeds/parse-seed.ts';
import { siteFiles } from '../../src/seeds/site-files.ts';

const seedsDir = path.resolve(import.meta.dirname, '../../seeds');

export const REAL_SEED_SLUG = 'korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';

const EXTRA_SEEDS: Record<string, string> = {
  '800_putin-pyongyang.txt': [
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
  '900_bila-kiingereza.txt': [
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

export function fixtureSite(extraSeeds: Record<string, string> = EXTRA_SEEDS): SiteData {
  const texts: Array<[string, string | Uint8Array]> = [
    ['000_7feea9ddb087cc41.txt', readFileSync(path.join(seedsDir, '000_7feea9ddb087cc41.txt'))],
    ...Object.entries(extraSeeds),
  ];
  const seeds = texts.map(([name, text]) => {
    const result = parseSeed(`seeds/${name}`, text);
    if (!result.ok) throw new Error(`fixture seed ${name}: ${result.problem.message}`);
    return { file: `seeds/${name}`, article: result.article };
  });
  const editors = JSON.parse(
    readFileSync(path.join(seedsDir, 'headlines.en.json'), 'utf8'),
  ) as EditorsHeadlines;
  return buildSiteData(seeds, editors);
}

export function fixtureFiles(site: SiteData = fixtureSite()): Map<string, string> {
  return new Map([...siteFiles(site, 'http://localhost:4173')].map((file) => [file.fileName, file.source]));
}
