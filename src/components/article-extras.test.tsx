import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeFetch } from '../../tests/support/fake-fetch.ts';
import { fixtureFiles, REAL_SEED_SLUG } from '../../tests/support/fixture-site.ts';
import { renderWithProviders } from '../../tests/support/render-with-providers.tsx';

describe('an article page', () => {
  beforeEach(async () => {
    installFakeFetch(await fixtureFiles());
  });

  it('says how long it takes to read, in the reader’s language', async () => {
    const { user } = renderWithProviders(undefined, { route: `/habari/${REAL_SEED_SLUG}` });
    expect(await screen.findByText('Dakika 1 ya kusoma')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('1 min read')).toBeVisible();
  });

  it('lists related articles by content below its popular posts, leaving out those already listed', async () => {
    renderWithProviders(undefined, { route: `/habari/${REAL_SEED_SLUG}` });
    const related = await screen.findByRole('complementary', { name: 'Habari zinazohusiana' });
    expect(
      within(related)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/habari/putin-na-kim-jong-un-wakutana-pyongyang']);
    const panels = screen.getAllByRole('complementary').map((panel) => panel.getAttribute('aria-labelledby'));
    expect(panels).toHaveLength(2);
    expect(screen.getAllByRole('complementary')[0]).toHaveAccessibleName('Habari maarufu');
  });

  it('has a share button', async () => {
    renderWithProviders(undefined, { route: `/habari/${REAL_SEED_SLUG}` });
    expect(await screen.findByRole('button', { name: 'Shiriki' })).toBeInTheDocument();
  });
});
