// Builds two sites and serves them: the real seeds, and a fixture folder (real seeds, 60 synthetic articles,
// hostile seeds) for pagination, scrolling and markup-in-seeds tests.
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../support/chromium.ts';
import { buildSite, serveSite, siteServer, type SiteServer } from '../support/site-server.ts';
import { writeFixtureSeeds } from './fixture-seeds.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureSiteUrl: string;
    siteDir: string;
    server: SiteServer;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'test-results');

export default async function setup(project: TestProject) {
  chromiumPath();
  const siteDir = path.join(out, 'e2e-site');
  const fixtureSeeds = path.join(out, 'e2e-fixture-seeds');
  const fixtureDir = path.join(out, 'e2e-fixture-site');
  writeFixtureSeeds(fixtureSeeds);
  buildSite(siteDir);
  // The fixture site is also "the next release" for the update prompt test: another version of the app.
  buildSite(fixtureDir, fixtureSeeds, { HABARI_APP_VERSION: 'next' });
  const site = await serveSite(siteDir, 4311);
  const fixtureSite = await serveSite(fixtureDir, 4313);
  project.provide('siteUrl', site.url);
  project.provide('fixtureSiteUrl', fixtureSite.url);
  project.provide('siteDir', siteDir);
  project.provide('server', siteServer());
  return async () => {
    await site.stop();
    await fixtureSite.stop();
  };
}
