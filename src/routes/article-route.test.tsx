import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeFetch, type FakeServer } from '../../tests/support/fake-fetch.ts';
import { fixtureFiles, REAL_SEED_SLUG } from '../../tests/support/fixture-site.ts';
import { renderWithProviders } from '../../tests/support/render-with-providers.tsx';

const ARTICLE = `/habari/${REAL_SEED_SLUG}`;
const PUTIN = '/habari/putin-asaini-mkataba-wa-kituo-cha-mwezi-na-china';

describe('the article view at /habari/:slug', () => {
  let server: FakeServer;
  beforeEach(async () => {
    server = installFakeFetch(await fixtureFiles());
  });

  it('shows the headline as the only h1, the standfirst and the paragraphs in order', async () => {
    renderWithProviders(undefined, { route: ARTICLE });
    const article = await screen.findByRole('article', {
      name: 'Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi',
    });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(within(article).getByText(/^Kiongozi Kim Jong-un amesisitiza/)).toHaveAttribute('lang', 'sw');
    const paragraphs = article.querySelectorAll('.article__body p');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]?.textContent).toMatch(/^Kiongozi wa Korea Kaskazini Kim Jong-un amepokea/);
    expect(paragraphs[5]?.textContent).toMatch(/^Mkataba wa usalama/);
    expect(paragraphs[0]?.closest('[lang]')).toHaveAttribute('lang', 'sw');
    // The title is set by an effect after the article renders.
    await waitFor(() =>
      expect(document.title).toBe('Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi: Habari'),
    );
  });

  it('shows the article’s own popular posts as related posts', async () => {
    renderWithProviders(undefined, { route: ARTICLE });
    const panel = await screen.findByRole('complementary', { name: 'Habari maarufu' });
    expect(
      within(panel)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/habari/jeshi-la-wanamaji-la-marekani-limesema-linakabiliwa-na-vita-kali-zaidi-tangu',
      PUTIN,
    ]);
  });

  it('opens a related post that is only a headline, says so plainly, and links back', async () => {
    const { user, location } = renderWithProviders(undefined, { route: ARTICLE });
    const panel = await screen.findByRole('complementary', { name: 'Habari maarufu' });
    await user.click(
      within(panel).getByRole('link', { name: 'Putin asaini mkataba wa kituo cha Mwezi na China' }),
    );

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Putin asaini mkataba wa kituo cha Mwezi na China',
      }),
    ).toBeInTheDocument();
    expect(location()).toBe(PUTIN);
    expect(
      screen.getByText('Maandishi kamili ya habari hii hayamo katika mkusanyiko huu.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Korea Kaskazini inawakaribisha/ })).toHaveAttribute(
      'href',
      ARTICLE,
    );
    expect(screen.getByRole('link', { name: /Rudi kwenye vichwa vya habari/ })).toHaveAttribute('href', '/');
  });

  it('opens a popular post that is a full article in this collection as that article', async () => {
    const { user } = renderWithProviders(undefined, { route: '/habari/mvua-kubwa-yanyesha-dar-es-salaam' });
    const panel = await screen.findByRole('complementary', { name: 'Habari maarufu' });
    await user.click(within(panel).getByRole('link', { name: /Korea Kaskazini/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Korea Kaskazini/ })).toBeInTheDocument();
    expect(document.querySelectorAll('.article__body p')).toHaveLength(6);
  });

  it('starts loading a post when its link is pointed at or focused', async () => {
    const { user } = renderWithProviders(undefined, { route: ARTICLE });
    const panel = await screen.findByRole('complementary', { name: 'Habari maarufu' });
    const before = server.requests.length;
    await user.hover(within(panel).getByRole('link', { name: /Putin/ }));
    // A post's data is read from its page.
    expect(server.requests.slice(before)).toEqual([PUTIN]);
  });

  it('shows the headline in English with ?lang=en, the body staying Swahili', async () => {
    renderWithProviders(undefined, { route: `${ARTICLE}?lang=en` });
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'North Korea hosts Russian military delegation',
    });
    expect(within(heading).getByText('North Korea hosts Russian military delegation')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(document.querySelector('.article__body')).toHaveAttribute('lang', 'sw');
    expect(screen.getByRole('link', { name: /Back to the headlines/ })).toHaveAttribute('href', '/?lang=en');
  });

  it.each([
    ['an unknown slug', '/habari/hakuna-habari-hii'],
    ['a slug that is not a slug', '/habari/..%2F..%2Fetc'],
    ['any other path', '/hakuna/kitu/hapa'],
  ])('shows the not-found page for %s', async (_name, route) => {
    renderWithProviders(undefined, { route });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ukurasa haupatikani' })).toBeInTheDocument();
    expect(screen.getByText('Page not found')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('404')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nenda ukurasa wa mwanzo' })).toHaveAttribute('href', '/');
  });
});
