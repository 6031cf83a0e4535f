import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeFetch } from '../../tests/support/fake-fetch.ts';
import { fixtureFiles, REAL_SEED_SLUG } from '../../tests/support/fixture-site.ts';
import { renderWithProviders } from '../../tests/support/render-with-providers.tsx';

async function openSettings(route = '/') {
  const rendered = renderWithProviders(undefined, { route });
  await screen.findByRole('heading', { level: 1 });
  await rendered.user.click(screen.getByRole('button', { name: 'Mipangilio ya kusoma' }));
  await screen.findByRole('button', { name: 'Mandhari ya giza' });
  return rendered;
}

describe('reading settings', () => {
  beforeEach(async () => {
    installFakeFetch(await fixtureFiles());
    delete document.documentElement.dataset.theme;
    delete document.documentElement.dataset.textSize;
  });

  it('switches to the dark theme and remembers it', async () => {
    const { user } = await openSettings();
    const dark = screen.getByRole('button', { name: 'Mandhari ya giza' });
    expect(dark).toHaveAttribute('aria-pressed', 'false');
    await user.click(dark);
    expect(dark).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem('habari.theme')).toBe('dark');
  });

  it('offers three text sizes, A− A A+, and remembers the choice', async () => {
    const { user } = await openSettings();
    const sizes = screen.getByRole('group', { name: 'Ukubwa wa maandishi' });
    expect(
      within(sizes)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['A−', 'A', 'A+']);
    await user.click(within(sizes).getByRole('button', { name: 'Maandishi makubwa' }));
    expect(document.documentElement.dataset.textSize).toBe('large');
    expect(window.localStorage.getItem('habari.textSize')).toBe('large');
    await user.click(within(sizes).getByRole('button', { name: 'Maandishi ya kawaida' }));
    expect(document.documentElement.dataset.textSize).toBeUndefined();
  });

  it('shows headlines in both languages for learners: Swahili, then English beneath', async () => {
    const { user } = await openSettings(`/habari/${REAL_SEED_SLUG}`);
    await user.click(screen.getByRole('button', { name: 'Vichwa kwa lugha zote mbili' }));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveAccessibleName(
      'Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi North Korea hosts Russian military delegation',
    );
    expect(within(heading).getByText('North Korea hosts Russian military delegation')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(window.localStorage.getItem('habari.headlines')).toBe('both');
  });

  it('ignores stored garbage', async () => {
    window.localStorage.setItem('habari.theme', '<script>');
    window.localStorage.setItem('habari.textSize', 'huge');
    await openSettings();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(document.documentElement.dataset.textSize).toBeUndefined();
  });

  it('works, and keeps the choice for the visit, when storage refuses to read or write', async () => {
    const refuse = () => {
      throw new DOMException('Storage is disabled', 'SecurityError');
    };
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);
    try {
      const { user } = await openSettings();
      await user.click(screen.getByRole('button', { name: 'Mandhari ya giza' }));
      expect(screen.getByRole('button', { name: 'Mandhari ya giza' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      expect(document.documentElement.dataset.theme).toBe('dark');
      await user.click(screen.getByRole('button', { name: 'English' }));
      expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    } finally {
      getItem.mockRestore();
      setItem.mockRestore();
    }
  });
});
