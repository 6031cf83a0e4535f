import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  it.each([
    ['Korea Kaskazini inawakaribisha wajumbe wa jeshi la Urusi', 'korea-kaskazini-inawakaribisha-wajumbe-wa-jeshi-la-urusi'],
    ["Vita 'kali zaidi' tangu 1945!", 'vita-kali-zaidi-tangu-1945'],
    ['Ndoto ya Élodie: café na crème', 'ndoto-ya-elodie-cafe-na-creme'],
    ['  --Habari--  ', 'habari'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('%s → %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it('keeps long slugs under 80 characters, cut between words', () => {
    const slug = slugify('neno '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^neno(-neno)+$/);
  });

  it('gives a headline with no Latin letters a stable, hashed slug', () => {
    expect(slugify('خبر عاجل')).toMatch(/^habari-[0-9a-f]{8}$/);
    expect(slugify('خبر عاجل')).toBe(slugify('خبر عاجل'));
    expect(slugify('خبر عاجل')).not.toBe(slugify('خبر آخر'));
  });
});
