import { describe, expect, it } from 'vitest';
import { buildSiteData, type ParsedSeed } from './build-site-data.ts';
import type { SeedArticle } from './parse-seed.ts';

function seed(file: string, article: Partial<SeedArticle> & { headline: string }): ParsedSeed {
  return {
    file: `seeds/${file}`,
    article: { standfirst: null, englishHeadline: null, body: ['Aya.'], popular: [], ...article },
  };
}

describe('buildSiteData', () => {
  it('gives every article a slug from its Swahili headline, in seed order', () => {
    const site = buildSiteData(
      [seed('001.txt', { headline: 'Habari ya Kwanza' }), seed('002.txt', { headline: 'Habari ya Pili' })],
      {},
    );
    expect(site.posts.map((post) => post.slug)).toEqual(['habari-ya-kwanza', 'habari-ya-pili']);
    expect(site.pages[0]?.posts.map((post) => post.slug)).toEqual(['habari-ya-kwanza', 'habari-ya-pili']);
  });

  it('publishes two seeds with the same headline under distinct stable slugs, and says so', () => {
    const seeds = [seed('001.txt', { headline: 'Habari' }), seed('002.txt', { headline: 'habari' })];
    const first = buildSiteData(seeds, {});
    expect(first.posts.map((post) => post.slug)).toEqual(['habari', 'habari-2']);
    expect(buildSiteData(seeds, {}).posts.map((post) => post.slug)).toEqual(['habari', 'habari-2']);
    expect(first.warnings).toEqual([
      'seeds/002.txt: same headline as seeds/001.txt; both are published, as /habari/habari and /habari/habari-2',
    ]);
  });

  it('links a popular post to the article whose headline matches, ignoring case, spacing and quotes', () => {
    const site = buildSiteData(
      [
        seed('001.txt', { headline: 'Rais "asema" leo', popular: ['Mvua  KUBWA inanyesha'] }),
        seed('002.txt', { headline: 'Mvua kubwa inanyesha', popular: ["rais 'asema' leo"] }),
      ],
      {},
    );
    expect(site.posts).toHaveLength(2);
    expect(site.posts[0]?.popular).toEqual([expect.objectContaining({ slug: 'mvua-kubwa-inanyesha', hasBody: true })]);
    expect(site.posts[1]?.popular).toEqual([expect.objectContaining({ slug: 'rais-asema-leo', hasBody: true })]);
  });

  it('makes a headline-only post of a popular headline no seed has, with the editors’ English marked as theirs', () => {
    const site = buildSiteData([seed('001.txt', { headline: 'Habari', popular: ['Putin asaini mkataba'] })], {
      'Putin asaini mkataba': 'Putin signs agreement',
    });
    const headlineOnly = site.posts[1];
    expect(headlineOnly).toMatchObject({
      slug: 'putin-asaini-mkataba',
      hasBody: false,
      body: [],
      standfirst: null,
      headline: { sw: 'Putin asaini mkataba', en: 'Putin signs agreement', enBy: 'editors' },
      listedIn: [expect.objectContaining({ slug: 'habari' })],
    });
    expect(site.pages[0]?.total).toBe(1);
  });

  it('never guesses English: a headline without it has none; the source’s own English wins over the editors’', () => {
    const site = buildSiteData(
      [
        seed('001.txt', { headline: 'Bila Kiingereza' }),
        seed('002.txt', { headline: 'Na Kiingereza', englishHeadline: 'With English' }),
      ],
      { 'Na Kiingereza': 'Editors’ version' },
    );
    expect(site.posts[0]?.headline).toEqual({ sw: 'Bila Kiingereza', en: null, enBy: null });
    expect(site.posts[1]?.headline).toEqual({ sw: 'Na Kiingereza', en: 'With English', enBy: 'source' });
  });

  it('warns about an editors’ translation that no post uses', () => {
    const site = buildSiteData([seed('001.txt', { headline: 'Habari' })], { 'Habari nyingine': 'Other news' });
    expect(site.warnings).toEqual([
      'seeds/headlines.en.json: no post has the headline "Habari nyingine"; its English is not used',
    ]);
  });

  it('ranks the popular posts of all seeds, most often listed first', () => {
    const site = buildSiteData(
      [
        seed('001.txt', { headline: 'A', popular: ['Moja', 'Mbili'] }),
        seed('002.txt', { headline: 'B', popular: ['Mbili', 'Tatu'] }),
        seed('003.txt', { headline: 'C', popular: ['Tatu', 'Mbili'] }),
      ],
      {},
    );
    expect(site.popular.posts.map((post) => [post.slug, post.listedBy])).toEqual([
      ['mbili', 3],
      ['tatu', 2],
      ['moja', 1],
    ]);
  });

  it('pages the headline list 50 at a time', () => {
    const seeds = Array.from({ length: 120 }, (_, i) => seed(`${i}.txt`, { headline: `Habari namba ${i}` }));
    const site = buildSiteData(seeds, {});
    expect(site.pages.map((page) => [page.page, page.pageCount, page.posts.length])).toEqual([
      [1, 3, 50],
      [2, 3, 50],
      [3, 3, 20],
    ]);
  });
});
