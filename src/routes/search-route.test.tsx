import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeFetch, type FakeServer } from '../../tests/support/fake-fetch.ts';
import { fixtureFiles } from '../../tests/support/fixture-site.ts';
import { renderWithProviders } from '../../tests/support/render-with-providers.tsx';

describe('search', () => {
  let server: FakeServer;
  beforeEach(async () => {
    server = installFakeFetch(await fixtureFiles());
  });

  it('has a labelled search box in the header that opens the results page', async () => {
    const { user, location } = renderWithProviders(undefined, { route: '/' });
    await screen.findByRole('region', { name: 'Vichwa vya habari' });
    const box = screen.getByRole('searchbox', { name: 'Tafuta / Search' });
    expect(server.requests.filter((url) => url.includes('/data/search/'))).toEqual([]);
    await user.type(box, 'Pyongyang{Enter}');
    expect(location()).toBe('/tafuta?q=Pyongyang');
    expect(await screen.findByText('Matokeo 2 ya “Pyongyang”')).toBeInTheDocument();
  });

  it('lists the best match first, with the matching words marked as text', async () => {
    renderWithProviders(undefined, { route: '/tafuta?q=putin%20kim' });
    await screen.findByText(/Matokeo|Tokeo/, { selector: '[role="status"] *' });
    const links = screen.getAllByRole('link').filter((link) => link.hasAttribute('data-list-item'));
    expect(links[0]).toHaveAccessibleName('Putin na Kim Jong-un wakutana Pyongyang');
    expect(within(links[0] as HTMLElement).getAllByText(/^(Putin|Kim)$/, { selector: 'mark' })).toHaveLength(
      2,
    );
  });

  it('finds English headline words, ignoring case and accents, and keeps ?lang=en', async () => {
    renderWithProviders(undefined, { route: '/tafuta?q=M%C3%89ET&lang=en' });
    expect(await screen.findByText('1 result for “MÉET”')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Putin and Kim Jong-un meet in Pyongyang' })).toHaveAttribute(
      'href',
      '/habari/putin-na-kim-jong-un-wakutana-pyongyang?lang=en',
    );
  });

  it('says so when nothing matches', async () => {
    renderWithProviders(undefined, { route: '/tafuta?q=zzzz' });
    expect(await screen.findByText('Hakuna habari inayolingana na “zzzz”.')).toBeInTheDocument();
  });

  it('asks for a word when the query is empty, without loading the index', async () => {
    renderWithProviders(undefined, { route: '/tafuta' });
    expect(
      await screen.findByText('Andika neno moja au zaidi, kwa Kiswahili au Kiingereza.'),
    ).toBeInTheDocument();
    expect(server.requests.filter((url) => url.includes('/data/search/'))).toEqual([]);
  });

  it('shows a Retry message when the index cannot load', async () => {
    server.setFault(500);
    renderWithProviders(undefined, { route: '/tafuta?q=korea' });
    expect(await screen.findByRole('button', { name: /Retry/ })).toBeInTheDocument();
  });

  it('tries a new query afresh after a failed one, without Retry', async () => {
    server.setFault(500);
    const { user } = renderWithProviders(undefined, { route: '/tafuta?q=korea' });
    await screen.findByRole('button', { name: /Retry/ });
    server.setFault(null);
    const box = screen.getByRole('searchbox', { name: 'Tafuta / Search' });
    await user.clear(box);
    await user.type(box, 'Pyongyang{Enter}');
    expect(await screen.findByText('Matokeo 2 ya “Pyongyang”')).toBeInTheDocument();
  });
});
