// Screenshots for the README, taken in Debian's Chromium from a served site:
// `npx tsx scripts/take-screenshots.ts http://localhost:4173` writes docs/screenshots/*.png.
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';

const site = process.argv[2] ?? 'http://localhost:4173';
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

const shots: Shot[] = [
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
console.log(`wrote ${shots.length} screenshots to docs/screenshots/`);
