// Chromium for the e2e tests: launched with the flags this machine needs, pages that record every console
// error, and axe-core (WCAG 2.1 AA) run inside the page.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { launchChromium } from '../support/chromium.ts';

/** One Chromium for the tests of a file: started before them, closed after. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running');
    return browser;
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** URLs of every request the page made. */
  requests: string[];
}

export interface PageOptions extends BrowserContextOptions {
  /** Never slowed down by HABARI_E2E_CPU_SLOWDOWN (below). */
  fullSpeed?: boolean;
}

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<WatchedPage> {
  const { fullSpeed = false, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  // Closed with its test: a page left open keeps its scripts, timers and (slowed down) CPU to the file's end.
  onTestFinished(() => context.close());
  const page = await context.newPage();
  if (!fullSpeed) await slowDownIfAsked(page);
  // Every Content-Security-Policy violation becomes a console error, which every test checks for.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { page, errors, requests };
}

/** `HABARI_E2E_CPU_SLOWDOWN=N` runs every page's scripts N times slower (Chromium's CPU throttling): a test
 * that waits for time, or for a state the page had before the step it waits on, fails this way far more often
 * than on a loaded machine, so a race shows itself in a few runs instead of one in a hundred. */
async function slowDownIfAsked(page: Page) {
  const slowdown = Number(process.env.HABARI_E2E_CPU_SLOWDOWN ?? '1');
  if (!Number.isFinite(slowdown) || slowdown < 1) {
    throw new Error(
      `HABARI_E2E_CPU_SLOWDOWN must be a number from 1 up, not ${process.env.HABARI_E2E_CPU_SLOWDOWN}`,
    );
  }
  if (slowdown !== 1) await slowCpu(page, slowdown);
}

/** Runs the page's scripts `rate` times slower, as a cheap phone would. */
export async function slowCpu(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Opens a URL and waits until the app has hydrated, so clicks reach React. */
export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  return response;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page; returns the WCAG 2.1 A/AA violations, described so a failure says what and where. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
}
