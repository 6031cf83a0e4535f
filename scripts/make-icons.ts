// Renders the app icons (PNG, for the web app manifest) from the logo, in Debian's Chromium.
// Run once after changing the logo: `npx tsx scripts/make-icons.ts`. The PNGs are committed.
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';

const root = path.resolve(import.meta.dirname, '..');

/** The logo: a white serif H on the site's red. `inset` leaves the safe zone a maskable icon needs. */
function logo(size: number, inset: number, rounded: boolean): string {
  const radius = rounded ? size * 0.1875 : 0;
  const font = (size - 2 * inset) * 0.625;
  return `<!doctype html><html><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" rx="${radius}" fill="#8c1c13"/>
<text x="50%" y="50%" dy="0.35em" font-family="DejaVu Serif, Georgia, serif" font-size="${font}" font-weight="700"
 text-anchor="middle" fill="#ffffff">H</text></svg></body></html>`;
}

const icons: Array<[string, number, number, boolean]> = [
  ['icon-192.png', 192, 0, true],
  ['icon-512.png', 512, 0, true],
  ['icon-maskable-512.png', 512, 64, false],
  ['apple-touch-icon.png', 180, 0, false],
];

const browser = await launchChromium();
for (const [name, size, inset, rounded] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(logo(size, inset, rounded));
  await page.screenshot({ path: path.join(root, 'public/icons', name), omitBackground: rounded });
  await page.close();
}
await browser.close();
console.log(`wrote ${icons.length} icons to public/icons/`);
