import { existsSync } from 'node:fs';

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
