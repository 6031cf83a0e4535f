import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../support/chromium.ts';
import { buildSite, serveSite } from '../support/site-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
export const E2E_SITE_DIR = path.join(root, 'test-results/e2e-site');

export default async function setup(project: TestProject) {
  chromiumPath();
  buildSite(E2E_SITE_DIR);
  const site = await serveSite(E2E_SITE_DIR, 4311);
  project.provide('siteUrl', site.url);
  return () => site.stop();
}
