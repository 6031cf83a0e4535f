import { describe, expect, it } from 'vitest';
import type { PostJson } from '../content/site-json.ts';
import { buildSearchIndex } from './build-search-index.ts';
import { searchIndex } from './search-index.ts';

function post(slug: string, sw: string, body: string[], extra: Partial<PostJson> = {}): PostJson {
  return {
    slug,
    headline: { sw, en: null, enBy: null },
    standfirst: null,
    hasBody: true,
    body,
    popular: [],
    listedIn: [],
    related: [],
    ...extra,
  };
}

const index = buildSearchIndex([
  post('mvua', 'Mvua kubwa Dar es Salaam', ['Wakazi wa Dar wameathirika na mafuriko.']),
  post('korea', 'Korea Kaskazini yapokea ujumbe', ['Ujumbe wa jeshi la Urusi ulifika Pyongyang.'], {
    headline: { sw: 'Korea Kaskazini yapokea ujumbe', en: 'North Korea hosts delegation', enBy: 'source' },
    standfirst: 'Kim Jong-un asisitiza mshikamano',
  }),
  post('urusi', 'Urusi na China', ['Korea imetajwa mara moja tu katika habari hii.']),
  post('cafe', 'Café ya Élodie', ['Kahawa bora mjini.']),
]);

const slugs = (query: string) => searchIndex(index, query).hits.map((hit) => hit.doc.slug);

describe('searchIndex', () => {
  it('finds posts by a word of the Swahili or English headline, the standfirst or the body', () => {
    expect(slugs('kaskazini')).toEqual(['korea']);
    expect(slugs('delegation')).toEqual(['korea']);
    expect(slugs('mshikamano')).toEqual(['korea']);
    expect(slugs('mafuriko')).toEqual(['mvua']);
  });

  it('ignores case, accents and punctuation', () => {
    expect(slugs('KASKAZINI!')).toEqual(['korea']);
    expect(slugs('elodie')).toEqual(['cafe']);
    expect(slugs('Élodie')).toEqual(['cafe']);
    expect(slugs('"café"')).toEqual(['cafe']);
  });

  it('ranks a headline match above a body match', () => {
    expect(slugs('korea')).toEqual(['korea', 'urusi']);
  });

  it('needs every word of the query, and matches the start of longer words', () => {
    expect(slugs('korea urusi')).toEqual(['korea', 'urusi']);
    expect(slugs('korea mvua')).toEqual([]);
    expect(slugs('kask')).toEqual(['korea']);
    expect(slugs('ka')).toEqual([]);
  });

  it('answers an empty or punctuation-only query with nothing', () => {
    expect(searchIndex(index, '').total).toBe(0);
    expect(searchIndex(index, ' ?! ').total).toBe(0);
  });

  it('counts every match but returns at most the limit', () => {
    expect(searchIndex(index, 'korea', 1)).toMatchObject({ total: 2, hits: [{ doc: { slug: 'korea' } }] });
  });
});
