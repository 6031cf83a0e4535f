import { describe, expect, it } from 'vitest';
import { siteModel, summaryOf, type ModelSeed } from './site-model.ts';

function seed(file: string, fields: Partial<ModelSeed> & { headline: string }): ModelSeed {
  return { name: file, standfirst: null, english: null, date: null, popular: [], ...fields };
}

const slugsOf = (posts: readonly number[], model: ReturnType<typeof siteModel>) =>
  posts.map((post) => model.posts[post]?.slug);

describe('siteModel', () => {
  it('gives every article a slug from its Swahili headline, in publication order', () => {
    const site = siteModel(
      [seed('001.txt', { headline: 'Habari ya Kwanza' }), seed('002.txt', { headline: 'Habari ya Pili' })],
      {},
    );
    expect(slugsOf(site.articles, site)).toEqual(['habari-ya-kwanza', 'habari-ya-pili']);
  });

  it('publishes two seeds with the same headline under distinct stable slugs, and says so', () => {
    const seeds = [seed('001.txt', { headline: 'Habari' }), seed('002.txt', { headline: 'habari' })];
    const first = siteModel(seeds, {});
    expect(first.posts.map((post) => post.slug)).toEqual(['habari', 'habari-2']);
    expect(siteModel(seeds, {}).posts.map((post) => post.slug)).toEqual(['habari', 'habari-2']);
    expect(first.warnings).toEqual([
      'seeds/002.txt: same headline as seeds/001.txt; both are published, as /habari/habari and /habari/habari-2',
    ]);
  });

  it('links a popular post to the article whose headline matches, ignoring case, spacing and quotes', () => {
    const site = siteModel(
      [
        seed('001.txt', { headline: 'Rais "asema" leo', popular: ['Mvua  KUBWA inanyesha'] }),
        seed('002.txt', { headline: 'Mvua kubwa inanyesha', popular: ["rais 'asema' leo"] }),
      ],
      {},
    );
    expect(site.posts).toHaveLength(2);
    const [rais, mvua] = site.articles.map((post) => site.posts[post]);
    expect(slugsOf(rais?.popular ?? [], site)).toEqual(['mvua-kubwa-inanyesha']);
    expect(slugsOf(mvua?.popular ?? [], site)).toEqual(['rais-asema-leo']);
    expect(mvua?.headline.sw).toBe('Mvua kubwa inanyesha');
    expect(summaryOf(mvua as never).hasBody).toBe(true);
  });

  it('makes a headline-only post of a popular headline no seed has, with the editors’ English marked as theirs', () => {
    const site = siteModel([seed('001.txt', { headline: 'Habari', popular: ['Putin asaini mkataba'] })], {
      'Putin asaini mkataba': 'Putin signs agreement',
    });
    const headlineOnly = site.posts[1];
    expect(headlineOnly).toMatchObject({
      slug: 'putin-asaini-mkataba',
      seed: -1,
      standfirst: null,
      headline: { sw: 'Putin asaini mkataba', en: 'Putin signs agreement', enBy: 'editors' },
    });
    expect(slugsOf(headlineOnly?.listedIn ?? [], site)).toEqual(['habari']);
    expect(site.articles).toHaveLength(1);
  });

  it('keeps every slug when an article is added: new posts come after the ones already there', () => {
    const before = siteModel([seed('001.txt', { headline: 'Habari', popular: ['Kichwa kingine'] })], {});
    const after = siteModel(
      [
        seed('001.txt', { headline: 'Habari', popular: ['Kichwa kingine'] }),
        // Its headline makes the same slug as the headline-only post already published: it gets the next one.
        seed('002.txt', { headline: 'Kichwa: kingine!', popular: [] }),
      ],
      {},
    );
    expect(after.posts.slice(0, before.posts.length).map((post) => post.slug)).toEqual(
      before.posts.map((post) => post.slug),
    );
    expect(after.posts.map((post) => post.slug)).toEqual(['habari', 'kichwa-kingine', 'kichwa-kingine-2']);
  });

  it('names the newest articles that list a post, newest first, at most ten', () => {
    const seeds = Array.from({ length: 12 }, (_, i) =>
      seed(`${String(i).padStart(3, '0')}.txt`, { headline: `Habari ${i}`, popular: ['Maarufu'] }),
    );
    const site = siteModel(seeds, {});
    const popular = site.posts.find((post) => post.slug === 'maarufu');
    expect(popular?.listedBy).toBe(12);
    expect(slugsOf(popular?.listedIn ?? [], site)).toEqual(
      Array.from({ length: 10 }, (_, i) => `habari-${11 - i}`),
    );
  });

  it('never guesses English: a headline without it has none; the source’s own English wins over the editors’', () => {
    const site = siteModel(
      [
        seed('001.txt', { headline: 'Bila Kiingereza' }),
        seed('002.txt', { headline: 'Na Kiingereza', english: 'With English' }),
      ],
      { 'Na Kiingereza': 'Editors’ version' },
    );
    expect(site.posts[0]?.headline).toEqual({ sw: 'Bila Kiingereza', en: null, enBy: null });
    expect(site.posts[1]?.headline).toEqual({ sw: 'Na Kiingereza', en: 'With English', enBy: 'source' });
  });

  it('warns about an editors’ translation that no post uses', () => {
    const site = siteModel([seed('001.txt', { headline: 'Habari' })], { 'Habari nyingine': 'Other news' });
    expect(site.warnings).toEqual([
      'seeds/headlines.en.json: no post has the headline "Habari nyingine"; its English is not used',
    ]);
  });

  it('ranks the popular posts of all seeds, most often listed first, ties by the first listed', () => {
    const site = siteModel(
      [
        seed('001.txt', { headline: 'A', popular: ['Moja', 'Mbili'] }),
        seed('002.txt', { headline: 'B', popular: ['Mbili', 'Tatu'] }),
        seed('003.txt', { headline: 'C', popular: ['Tatu', 'Mbili', 'Nne'] }),
      ],
      {},
    );
    expect(site.popular.map(({ post, listedBy }) => [site.posts[post]?.slug, listedBy])).toEqual([
      ['mbili', 3],
      ['tatu', 2],
      ['moja', 1],
      ['nne', 1],
    ]);
  });
});
