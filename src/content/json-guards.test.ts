// The seam between the build and the app: every JSON file a build writes passes the shape check the app runs on
// it, and an answer with a field missing or of the wrong kind fails that check (the view then offers Retry).
import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '../../tests/support/fixture-site.ts';
import { readEmbeddedState } from '../services/embedded-state.ts';
import { isDayPageJson, isIndexPageJson, isMonthJson, isPopularJson } from './list-json-guards.ts';
import { isPostJson } from './site-json-guards.ts';

type Guard = (value: unknown) => boolean;

/** The app's check for each kind of file the build writes; a kind missing here fails the first test. */
function guardFor(file: string): Guard | null {
  if (/^data\/pages\/(front|\d+)\.json$/.test(file)) return isIndexPageJson;
  if (file === 'data/popular.json') return isPopularJson;
  if (/^data\/tarehe\/\d{4}-\d{2}-\d{2}(\/\d+)?\.json$/.test(file)) return isDayPageJson;
  if (/^data\/tarehe\/\d{4}-\d{2}\.json$/.test(file)) return isMonthJson;
  return null;
}

async function builtJson(): Promise<Map<string, unknown>> {
  const files = await fixtureFiles();
  const json = new Map<string, unknown>();
  for (const [file, content] of files) {
    // The search manifest has its own reader and check (src/search/).
    if (file.startsWith('data/') && file.endsWith('.json') && !file.startsWith('data/search/')) {
      json.set(file, JSON.parse(String(content)));
    }
  }
  return json;
}

const withField = (value: unknown, field: string, replacement: unknown) => ({
  ...(value as Record<string, unknown>),
  [field]: replacement,
});

describe('the shape checks of the JSON the app fetches', () => {
  it('accept every data file a build writes, each kind by its own check', async () => {
    const json = await builtJson();
    expect([...json.keys()]).toEqual(
      expect.arrayContaining([
        'data/pages/front.json',
        'data/pages/1.json',
        'data/popular.json',
        'data/tarehe/2026-11-28.json',
        'data/tarehe/2026-11.json',
      ]),
    );
    for (const [file, value] of json) {
      expect(guardFor(file), `no shape check for ${file}`).not.toBeNull();
      expect(guardFor(file)?.(value), file).toBe(true);
    }
  });

  it("accept every article's embedded post", async () => {
    const files = await fixtureFiles();
    const pages = [...files].filter(([file]) => file.startsWith('habari/'));
    expect(pages.length).toBeGreaterThan(3);
    for (const [file, html] of pages) {
      const page = new DOMParser().parseFromString(String(html), 'text/html');
      const post = readEmbeddedState(page)?.queries.find(([key]) => key[0] === 'post')?.[1];
      expect(isPostJson(post), file).toBe(true);
    }
  });

  it.each([
    ['a front page without its posts', 'data/pages/front.json', 'posts', undefined],
    ['a front page whose months are not a list', 'data/pages/front.json', 'months', { month: '2026-11' }],
    [
      'a front page with a month without its count',
      'data/pages/front.json',
      'months',
      [{ month: '2026-11' }],
    ],
    ['a numbered page whose page is text', 'data/pages/1.json', 'page', '1'],
    ['popular posts with a post without its slug', 'data/popular.json', 'posts', [{ headline: { sw: 'x' } }]],
    ['a day page without its count of pages', 'data/tarehe/2026-11-28.json', 'pages', undefined],
    ['a day page whose next day is a number', 'data/tarehe/2026-11-28.json', 'next', 20261129],
    ['a month whose days have no counts', 'data/tarehe/2026-11.json', 'days', [{ day: '2026-11-28' }]],
  ])('reject %s', async (_, file, field, replacement) => {
    const value = (await builtJson()).get(file);
    const guard = guardFor(file);
    expect(guard?.(value)).toBe(true);
    expect(guard?.(withField(value, field, replacement))).toBe(false);
  });

  it.each([null, [], 'text', 42])('reject %j in place of a page', (value) => {
    expect(isIndexPageJson(value)).toBe(false);
    expect(isDayPageJson(value)).toBe(false);
    expect(isMonthJson(value)).toBe(false);
    expect(isPopularJson(value)).toBe(false);
    expect(isPostJson(value)).toBe(false);
  });
});
