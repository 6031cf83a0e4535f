// Screenshots for the README, taken in Debian's Chromium from a served site:
// `npx tsx scripts/take-screenshots.ts http://localhost:4173` writes docs/screenshots/*.png; with `--dated` it
// builds and serves a small dated site of its own (the repository's seed dated, and the tests' two dated
// articles) and takes the shots that show dates.
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';
import { EXTRA_SEEDS, REAL_SEED_SLUG } from '../tests/support/fixture-site.ts';
import { buildSite, serveSite, type ServedSite } from '../tests/support/site-server.ts';

const dated = process.argv.includes('--dated');
const out = path.resolve(import.meta.dirname, '../docs/screenshots');
const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';

interface Shot {
  file: string;
  path: string;
  width: number;
  dark?: boolean;
  clicks?: string[];
  keys?: string[];
  fullPage?: boolean;
}

const undatedShots: Shot[] = [
  { file: 'home-sw.png', path: '/', width: 1280, fullPage: false },
  { file: 'article-en-dark-narrow.png', path: `${ARTICLE}?lang=en`, width: 375, dark: true },
  { file: 'search-results.png', path: '/tafuta?q=korea%20urusi', width: 1280, fullPage: false },
  {
    file: 'reading-settings-both.png',
    path: '/?lang=en',
    width: 1280,
    clicks: ['Reading settings', 'Headlines in both languages'],
    fullPage: false,
  },
  { file: 'shortcuts-dialog.png', path: '/', width: 1280, keys: ['?'], fullPage: false },
  { file: 'offline-page.png', path: '/offline', width: 375 },
];

const datedShots: Shot[] = [
  { file: 'article-dated.png', path: `/habari/${REAL_SEED_SLUG}`, width: 1280, fullPage: false },
  { file: 'day-page.png', path: '/tarehe/2026-11-28', width: 1280, fullPage: false },
];

/** The repository's seed published on 28 November 2026 at 09:30, beside the tests' dated articles. */
async function servedDatedSite(): Promise<ServedSite> {
  const folder = mkdtempSync(path.join(tmpdir(), 'habari-screenshots-'));
  const seeds = path.join(folder, 'seeds');
  cpSync(path.resolve(import.meta.dirname, '../seeds'), seeds, { recursive: true });
  renameSync(path.join(seeds, '000_7feea9ddb087cc41.txt'), path.join(seeds, '2026-11-28T0930_korea.txt'));
  for (const [name, text] of Object.entries(EXTRA_SEEDS)) writeFileSync(path.join(seeds, name), text);
  buildSite(path.join(folder, 'dist'), seeds);
  const served = await serveSite(path.join(folder, 'dist'), 4391, 'preview');
  return {
    url: served.url,
    stop: async () => {
      await served.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const server = dated ? await servedDatedSite() : null;
const site = server?.url ?? process.argv[2] ?? 'http://localhost:4173';
const shots = dated ? datedShots : undatedShots;

const browser = await launchChromium();
for (const shot of shots) {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: 900 },
    colorScheme: shot.dark ? 'dark' : 'light',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(`${site}${shot.path}`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  for (const name of shot.clicks ?? []) await page.getByRole('button', { name }).click();
  for (const key of shot.keys ?? []) await page.keyboard.press(key);
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(out, shot.file), fullPage: shot.fullPage ?? true });
  await context.close();
}
await browser.close();
await server?.stop();
console.log(`wrote ${shots.length} screenshots to docs/screenshots/`);
