import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeFetch } from '../../tests/support/fake-fetch.ts';
import { fixtureFiles } from '../../tests/support/fixture-site.ts';
import { renderWithProviders } from '../../tests/support/render-with-providers.tsx';

describe('keyboard shortcuts', () => {
  beforeEach(async () => {
    installFakeFetch(await fixtureFiles());
  });

  async function home() {
    const rendered = renderWithProviders(undefined, { route: '/' });
    await screen.findByRole('region', { name: 'Vichwa vya habari' });
    return rendered;
  }

  const headline = (name: RegExp) =>
    within(screen.getByRole('region', { name: 'Vichwa vya habari' })).getByRole('link', { name });

  it('j and k move through the headline list, Enter opens the one selected', async () => {
    const { user, location } = await home();
    // Newest first: the rain in Dar es Salaam, then Putin and Kim, then the oldest, Korea.
    await user.keyboard('j');
    await waitFor(() => expect(headline(/^Mvua kubwa/)).toHaveFocus());
    await user.keyboard('j');
    await waitFor(() => expect(headline(/^Putin na Kim/)).toHaveFocus());
    await user.keyboard('k');
    await waitFor(() => expect(headline(/^Mvua kubwa/)).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(location()).toBe('/habari/mvua-kubwa-yanyesha-dar-es-salaam'));
  });

  it('/ goes to the search box, and typing there is typing, not shortcuts', async () => {
    const { user } = await home();
    await user.keyboard('/');
    const box = screen.getByRole('searchbox', { name: 'Tafuta / Search' });
    await waitFor(() => expect(box).toHaveFocus());
    await user.keyboard('jk?');
    expect(box).toHaveValue('jk?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('? shows the list of shortcuts, which closes again', async () => {
    const { user } = await home();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Njia za mkato za kibodi' });
    expect(dialog).toHaveTextContent('Kichwa kinachofuata');
    await user.click(screen.getByRole('button', { name: 'Funga' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('ignores keys pressed with a modifier', async () => {
    const { user } = await home();
    await user.keyboard('{Control>}j{/Control}');
    expect(document.activeElement).toBe(document.body);
  });
});
