// With JavaScript off, the prerendered HTML alone must serve a reader: the list and every article in full.
import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from './browser.ts';

const ARTICLE = '/habari/korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi';

describe('a reader without JavaScript', () => {
  const site = inject('siteUrl');
  const browser = useChromium();

  it('sees the headlines on / and reads the article in full', async () => {
    const { page, requests } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${site}/`);
    const list = page.getByRole('region', { name: 'Vichwa vya habari' });
    await expect(list.getByRole('link').first().textContent()).resolves.toContain(
      'Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi',
    );
    await expect(page.getByText(/^Kiongozi Kim Jong-un amesisitiza/).count()).resolves.toBe(1);
    await expect(
      page.getByRole('complementary', { name: 'Habari maarufu' }).getByRole('link').count(),
    ).resolves.toBe(2);

    await list.getByRole('link').first().click();
    await page.waitForURL(`${site}${ARTICLE}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi',
    );
    const paragraphs = await page.locator('.article__body p').allInnerTexts();
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[5]).toMatch(/kupinga kifungu hiki\."$/);
    await expect(page.title()).resolves.toBe(
      'Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi: Habari',
    );
    expect(requests.filter((url) => url.includes('/data/'))).toEqual([]);
  });

  it('follows a related post to its page', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${site}${ARTICLE}`);
    await page.getByRole('link', { name: /Putin asaini mkataba/ }).click();
    await page.getByText('Maandishi kamili ya habari hii hayamo katika mkusanyiko huu.').waitFor();
  });
});
