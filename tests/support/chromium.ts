import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere if it lives elsewhere. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: the browser tests need a real browser. ` +
        'Install Debian’s: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH). ' +
        'Do not use `npx playwright install`: it downloads a browser, which this machine cannot.',
    );
  }
  return path;
}

/** Flags this machine needs: no sandbox as root, no GPU, and no background calls to a network it does not have. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}
