import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeFetch } from '../../tests/support/fake-fetch.ts';
import { fixtureFiles } from '../../tests/support/fixture-site.ts';
import { languagesOfText, renderWithProviders } from '../../tests/support/render-with-providers.tsx';

describe('the headline list at /', () => {
  beforeEach(async () => {
    installFakeFetch(await fixtureFiles());
  });

  it('lists every article’s headline as a link, newest first, with its standfirst', async () => {
    renderWithProviders(undefined, { route: '/' });
    const list = await screen.findByRole('region', { name: 'Vichwa vya habari' });
    const links = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => within(heading).getByRole('link'));
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringContaining('Mvua kubwa yanyesha Dar es Salaam'),
      'Putin na Kim Jong-un wakutana PyongyangPutin and Kim Jong-un meet in Pyongyang',
      'Korea Kaskazini inawakaribisha wajumbe wa jeshi la UrusiNorth Korea hosts Russian military delegation',
    ]);
    expect(
      within(list).getByRole('link', { name: 'Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi' }),
    ).toHaveAttribute('href', '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi');
    expect(within(list).getByText(/^Kiongozi Kim Jong-un amesisitiza mshikamano/)).toHaveAttribute(
      'lang',
      'sw',
    );
    expect(within(list).getByText('Wakazi wametakiwa kuchukua tahadhari')).toBeInTheDocument();
  });

  it('shows the popular posts of all seeds in a labelled region, most often listed first', async () => {
    renderWithProviders(undefined, { route: '/' });
    const panel = await screen.findByRole('complementary', { name: 'Habari maarufu' });
    expect(
      within(panel)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/habari/jeshi-la-wanamaji-la-marekani-limesema-linakabiliwa-na-vita-kali-zaidi-tangu',
      '/habari/putin-asaini-mkataba-wa-kituo-cha-mwezi-na-china',
      '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi',
    ]);
  });

  it('switches every headline to English and back', async () => {
    const { user, location } = renderWithProviders(undefined, { route: '/' });
    await screen.findByRole('region', { name: 'Vichwa vya habari' });
    await user.click(screen.getByRole('button', { name: 'English' }));

    const list = screen.getByRole('region', { name: 'Headlines' });
    expect(
      within(list).getByRole('link', { name: 'North Korea hosts Russian military delegation' }),
    ).toBeInTheDocument();
    const panel = screen.getByRole('complementary', { name: 'Popular posts' });
    expect(
      within(panel).getByRole('link', {
        name: 'Putin signs Moon station agreement with China (editors’ translation)',
      }),
    ).toBeInTheDocument();
    expect(location()).toBe('/?lang=en');

    await user.click(screen.getByRole('button', { name: 'Kiswahili' }));
    expect(screen.getByRole('region', { name: 'Vichwa vya habari' })).toBeInTheDocument();
    expect(location()).toBe('/');
  });

  it('keeps a headline with no English in Swahili, with lang="sw", and says so under it in English', async () => {
    const { user } = renderWithProviders(undefined, { route: '/?lang=en' });
    const link = await screen.findByRole('link', { name: 'Mvua kubwa yanyesha Dar es Salaam' });
    expect(within(link).getByText('Mvua kubwa yanyesha Dar es Salaam')).toHaveAttribute('lang', 'sw');
    const item = link.closest('li') as HTMLElement;
    // Its line: the time (under its day's heading), and in English that the headline is Swahili only.
    expect(within(item).getByText('7:00 am').closest('time')).toHaveAttribute(
      'datetime',
      '2026-11-28T07:00+03:00',
    );
    expect(
      within(item)
        .getByText(/Swahili only/)
        .closest('[lang]'),
    ).toHaveAttribute('lang', 'en');
    await user.click(screen.getByRole('button', { name: 'Kiswahili' }));
    expect(within(item).getByText('saa 1:00 asubuhi').closest('[lang]')).toHaveAttribute('lang', 'sw');
    expect(within(item).getByText('saa 1:00 asubuhi').closest('[aria-hidden]')).toBeNull();
  });

  it('puts the headlines under a heading for each day, which leads to that day, the undated last', async () => {
    renderWithProviders(undefined, { route: '/' });
    const list = await screen.findByRole('region', { name: 'Vichwa vya habari' });
    const days = within(list).getAllByRole('heading', { level: 2 });
    expect(days.map((day) => day.querySelector('[lang="sw"]')?.textContent ?? day.textContent)).toEqual([
      'Jumamosi, 28 Novemba 2026',
      'Ijumaa, 27 Novemba 2026',
      'Bila tarehe',
    ]);
    expect(within(days[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', '/tarehe/2026-11-28');
    expect(
      within(days[0] as HTMLElement)
        .getByText('Jumamosi, 28 Novemba 2026')
        .closest('time'),
    ).toHaveAttribute('datetime', '2026-11-28');
    // Headlines under them are a level down.
    expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });

  it('puts the right lang on every piece of text, in both languages', async () => {
    const { container, user } = renderWithProviders(undefined, { route: '/' });
    await screen.findByRole('complementary', { name: 'Habari maarufu' });
    for (const choice of ['English', 'Kiswahili']) {
      await user.click(screen.getByRole('button', { name: choice }));
      const texts = languagesOfText(container);
      expect(texts.filter((text) => text.lang === null)).toEqual([]);
      expect(texts).toContainEqual({ text: 'North Korea hosts Russian military delegation', lang: 'en' });
      expect(texts).toContainEqual({
        text: 'Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi',
        lang: 'sw',
      });
    }
  });

  it('shows the not-found page for a list page that does not exist', async () => {
    renderWithProviders(undefined, { route: '/ukurasa/7' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ukurasa haupatikani' })).toBeInTheDocument();
  });
});
