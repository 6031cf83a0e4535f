import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../app/app.tsx';
import { installFakeFetch } from '../../tests/support/fake-fetch.ts';
import { fixtureFiles, REAL_SEED_SLUG } from '../../tests/support/fixture-site.ts';
import { renderWithProviders } from '../../tests/support/render-with-providers.tsx';

describe('the offline page', () => {
  beforeEach(async () => {
    installFakeFetch(await fixtureFiles());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says the page is not available offline, and lists the articles the service worker kept', async () => {
    // The service worker keeps the pages read; each carries its post.
    const files = await fixtureFiles();
    const cached = new Map([
      [`http://localhost/habari/${REAL_SEED_SLUG}`, String(files.get(`habari/${REAL_SEED_SLUG}`))],
      ['http://localhost/habari/putin-asaini-mkataba-wa-kituo-cha-mwezi-na-china', 'not a page'],
    ]);
    vi.stubGlobal('caches', {
      open: async () => ({
        keys: async () => [...cached.keys()].map((url) => new Request(url)),
        match: async (request: Request) => new Response(cached.get(request.url)),
      }),
    });
    renderWithProviders(<App staticView={{ path: '/habari/haijasomwa', view: 'offline' }} />, {
      route: '/habari/haijasomwa',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Huna mtandao' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Korea Kaskazini inawakaribisha/ })).toHaveAttribute(
      'href',
      `/habari/${REAL_SEED_SLUG}`,
    );
  });

  it('says when no article is saved yet', async () => {
    vi.stubGlobal('caches', {
      open: async () => ({ keys: async () => [], match: async () => undefined }),
    });
    renderWithProviders(<App staticView={{ path: '/x', view: 'offline' }} />, { route: '/x' });
    expect(await screen.findByText(/Hakuna habari iliyohifadhiwa bado/)).toBeInTheDocument();
  });
});
