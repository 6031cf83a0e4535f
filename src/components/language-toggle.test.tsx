import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeFetch } from '../../tests/support/fake-fetch.ts';
import { fixtureFiles } from '../../tests/support/fixture-site.ts';
import { renderWithProviders } from '../../tests/support/render-with-providers.tsx';

describe('the language toggle', () => {
  beforeEach(async () => {
    installFakeFetch(await fixtureFiles());
  });

  const pressed = () =>
    within(screen.getByRole('group', { name: 'Lugha / Language' }))
      .getAllByRole('button')
      .map((button) => [button.textContent, button.getAttribute('aria-pressed')]);

  it('is a labelled group of two buttons, Swahili pressed by default', async () => {
    renderWithProviders(undefined, { route: '/' });
    await screen.findByRole('region', { name: 'Vichwa vya habari' });
    expect(pressed()).toEqual([
      ['Kiswahili', 'true'],
      ['English', 'false'],
    ]);
    expect(document.documentElement.lang).toBe('sw');
  });

  it('stores the choice, so the next visit opens in English', async () => {
    const first = renderWithProviders(undefined, { route: '/' });
    await screen.findByRole('region', { name: 'Vichwa vya habari' });
    await first.user.click(screen.getByRole('button', { name: 'English' }));
    expect(window.localStorage.getItem('habari.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    first.unmount();

    const second = renderWithProviders(undefined, { route: '/' });
    expect(await screen.findByRole('region', { name: 'Headlines' })).toBeInTheDocument();
    expect(pressed()).toEqual([
      ['Kiswahili', 'false'],
      ['English', 'true'],
    ]);
    expect(second.location()).toBe('/?lang=en');
  });

  it('ignores a stored value that is not sw or en', async () => {
    window.localStorage.setItem('habari.lang', 'fr');
    renderWithProviders(undefined, { route: '/' });
    expect(await screen.findByRole('region', { name: 'Vichwa vya habari' })).toBeInTheDocument();
    expect(pressed()[0]).toEqual(['Kiswahili', 'true']);
  });

  it('lets ?lang= in the URL win over the stored choice, and ignores a malformed one', async () => {
    window.localStorage.setItem('habari.lang', 'en');
    renderWithProviders(undefined, { route: '/?lang=sw' });
    expect(await screen.findByRole('region', { name: 'Vichwa vya habari' })).toBeInTheDocument();
  });

  it('keeps the language in every link', async () => {
    renderWithProviders(undefined, { route: '/?lang=en' });
    const list = await screen.findByRole('region', { name: 'Headlines' });
    const hrefs = within(list)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href?.endsWith('?lang=en'))).toBe(true);
    expect(screen.getByRole('link', { name: 'Habari' })).toHaveAttribute('href', '/?lang=en');
  });
});
