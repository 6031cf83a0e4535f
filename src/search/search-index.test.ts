import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { searchIndexOf } from './build-shards.ts';
import { highlight } from './highlight.ts';
import { rankArticles } from './search-index.ts';
import {
  decodeShard,
  encodedWords,
  encodeShard,
  renumberShard,
  shardFile,
  shardKey,
  shardsFor,
  SHARD_LIMIT,
  SPLIT_DEPTH,
  type ShardWord,
} from './search-shards.ts';
import { searchTerms, type SearchableText } from './search-terms.ts';

const article = (headline: string, body: string[], extra: Partial<SearchableText> = {}): SearchableText => ({
  headline,
  english: null,
  standfirst: null,
  body,
  ...extra,
});

/** Search as the browser runs it: the shards the manifest names for each word, through the binary format. */
async function search(
  articles: readonly SearchableText[],
  query: string,
  limit = 50,
  shardLimit = SHARD_LIMIT,
) {
  const { shards, split } = searchIndexOf(articles.map(searchTerms), shardLimit);
  const manifest = { shards: [...shards.keys()].sort(), split };
  const decoded = new Map([...shards].map(([key, words]) => [key, decodeShard(encodeShard(words))]));
  const wordsOf = (word: string): ShardWord[] =>
    shardsFor(word, manifest).flatMap((key) => decoded.get(key) ?? []);
  return rankArticles(wordsOf, query, articles.length, limit, async () => undefined);
}

// Numbers in publication order: mvua 0, korea 1, urusi 2, cafe 3.
const ARTICLES = [
  article('Mvua kubwa Dar es Salaam', ['Wakazi wa Dar wameathirika na mafuriko.']),
  article('Korea Kaskazini yapokea ujumbe', ['Ujumbe wa jeshi la Urusi ulifika Pyongyang.'], {
    english: 'North Korea hosts delegation',
    standfirst: 'Kim Jong-un asisitiza mshikamano',
  }),
  article('Urusi na China', ['Korea imetajwa mara moja tu katika habari hii.']),
  article('Café ya Élodie', ['Kahawa bora mjini.']),
];
const NAMES = ['mvua', 'korea', 'urusi', 'cafe'];
const found = async (query: string) => (await search(ARTICLES, query)).hits.map((hit) => NAMES[hit.article]);

describe('search over shards', () => {
  it('finds articles by a word of the Swahili or English headline, the standfirst or the body', async () => {
    expect(await found('kaskazini')).toEqual(['korea']);
    expect(await found('delegation')).toEqual(['korea']);
    expect(await found('mshikamano')).toEqual(['korea']);
    expect(await found('mafuriko')).toEqual(['mvua']);
  });

  it('ignores case, accents and punctuation', async () => {
    expect(await found('KASKAZINI!')).toEqual(['korea']);
    expect(await found('elodie')).toEqual(['cafe']);
    expect(await found('Élodie')).toEqual(['cafe']);
    expect(await found('"café"')).toEqual(['cafe']);
  });

  it('ranks a headline match above a body match', async () => {
    expect(await found('korea')).toEqual(['korea', 'urusi']);
  });

  it('needs every word of the query, and matches the start of longer words', async () => {
    expect(await found('korea urusi')).toEqual(['korea', 'urusi']);
    expect(await found('korea mvua')).toEqual([]);
    expect(await found('kask')).toEqual(['korea']);
    expect(await found('ka')).toEqual([]);
  });

  describe('a word in its other number', () => {
    // Numbers in publication order: 0 says mchezaji in its body, 1 wachezaji in its headline, 2 both.
    const PLAYERS = [
      article('Ligi kuu yaanza', ['Mchezaji mmoja aliumia mapema.']),
      article('Wachezaji wapya wawasili', ['Klabu imesajili nyota watatu.']),
      article('Mchezaji na wachezaji', ['Timu nzima.']),
    ];

    it('finds the article that uses the other number, and lists those that use the word itself first', async () => {
      const result = await search(PLAYERS, 'mchezaji');
      // The body mention of mchezaji itself comes before the headline that says wachezaji.
      expect(result.hits.map((hit) => hit.article)).toEqual([2, 0, 1]);
      expect(result.forms).toEqual(['wachezaji']);
      expect((await search(PLAYERS, 'wachezaji')).hits.map((hit) => hit.article)).toEqual([2, 1, 0]);
    });

    it('counts a word found by its other number for half, with the other words of the query', async () => {
      // 1 has both words in its headline (wachezaji for mchezaji); 0 has mchezaji and wapya nowhere.
      expect((await search(PLAYERS, 'mchezaji wapya')).hits.map((hit) => hit.article)).toEqual([1]);
      // kiongozi finds viongozi; a word with no class prefix finds only itself.
      const leaders = [article('Viongozi wakutana', ['Mkutano.']), article('Kiongozi mpya', ['Mkutano.'])];
      expect((await search(leaders, 'kiongozi')).hits.map((hit) => hit.article)).toEqual([1, 0]);
      expect((await search(leaders, 'mkutano')).hits.map((hit) => hit.article)).toEqual([1, 0]);
      expect((await search(PLAYERS, 'ligi')).hits.map((hit) => hit.article)).toEqual([0]);
    });

    it('marks the form the article uses', async () => {
      const { forms } = await search(PLAYERS, 'mchezaji');
      expect(highlight('Wachezaji wapya wawasili', ['mchezaji', ...forms])).toEqual([
        '',
        'Wachezaji',
        ' wapya wawasili',
      ]);
    });
  });

  it('puts the newer article first among equals', async () => {
    const twins = [article('Habari sawa', ['Aya.']), article('Habari sawa', ['Aya.'])];
    expect((await search(twins, 'sawa')).hits.map((hit) => hit.article)).toEqual([1, 0]);
  });

  it('answers an empty or punctuation-only query with nothing', async () => {
    expect((await search(ARTICLES, '')).total).toBe(0);
    expect((await search(ARTICLES, ' ?! ')).total).toBe(0);
  });

  it('counts every match but returns at most the limit', async () => {
    expect(await search(ARTICLES, 'korea', 1)).toMatchObject({ total: 2, hits: [{ article: 1 }] });
  });

  it('answers each search alone: after other searches, and while another one runs', async () => {
    const alone = await search(ARTICLES, 'korea');
    await search(ARTICLES, 'urusi');
    await search(ARTICLES, 'korea urusi');
    expect(await search(ARTICLES, 'korea')).toEqual(alone);

    // Two words over 10,000 articles, enough postings that each search gives the page back its thread while it
    // reads them (the clock moves 10 ms at every reading), so the three searches below interleave.
    const postings = (word: string, every: number): ShardWord => {
      const articles = Array.from({ length: 10_000 / every }, (_, i) => i * every);
      return { word, articles, weights: articles.map((article) => 1 + (article % 7)) };
    };
    const shardWords = [postings('habari', 1), postings('sawa', 2)];
    let pauses = 0;
    const rank = (query: string) =>
      rankArticles(
        () => shardWords,
        query,
        10_000,
        50,
        () => new Promise((resolve) => setTimeout(resolve, 0, pauses++)),
      );
    const one = await rank('habari');
    const both = await rank('habari sawa');
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    try {
      pauses = 0;
      expect(await Promise.all([rank('habari'), rank('habari sawa'), rank('habari')])).toEqual([
        one,
        both,
        one,
      ]);
      expect(pauses).toBeGreaterThan(3);
    } finally {
      now.mockRestore();
    }
  });

  it('splits a family of words too large for one shard, and still finds every word and prefix', async () => {
    // Many long words that share their first letters: "serikali…" variants in many articles.
    const many = Array.from({ length: 400 }, (_, i) =>
      article(`Habari ${i}`, [`serikali serikalini sera${i}x seri${i % 37}k mkutano ${i}`]),
    );
    const small = 300;
    const { shards, split } = searchIndexOf(many.map(searchTerms), small);
    expect(split).toEqual(expect.arrayContaining(['ser', 'seri']));
    // Small enough, or a single word, or as deep as splitting goes (serikali and serikalini share 8 letters).
    for (const [key, words] of shards) {
      expect(encodeShard(words).length <= small || words.length === 1 || [...key].length >= SPLIT_DEPTH).toBe(
        true,
      );
    }
    const find = (query: string) => search(many, query, 50, small);
    expect((await find('serikali')).total).toBe(400);
    expect((await find('sera17x')).hits.map((hit) => hit.article)).toEqual([17]);
    // Prefixes that are themselves split: every shard below them is read.
    expect((await find('ser')).total).toBe(400);
    expect((await find('seri')).total).toBe(400);
    expect((await find('seri5k')).total).toBe(11);
    // The same answers as one unsplit shard gives.
    for (const query of ['serikali', 'sera', 'seri1', 'ser mkutano']) {
      expect((await find(query)).hits).toEqual((await search(many, query)).hits);
    }
  });

  it('files a shard by its key, in hex when the key is not plain ASCII', () => {
    expect(shardKey('serikali')).toBe('ser');
    expect(shardKey('na')).toBe('na');
    expect(shardFile('ser')).toBe('data/search/ser.bin');
    expect(shardFile('мир')).toBe('data/search/ud0bcd0b8d180.bin');
  });

  it('renumbers a shard byte by byte as decoding, renumbering and encoding it would', () => {
    const shard = fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 })
      .chain((words) =>
        fc.tuple(
          ...words.map((word) =>
            fc.uniqueArray(fc.nat({ max: 300 }), { minLength: 1, maxLength: 40 }).map((articles) => ({
              word,
              articles: articles.sort((a, b) => a - b),
              weights: articles.map((a) => a % 7),
            })),
          ),
        ),
      );
    const gone = fc.uniqueArray(fc.nat({ max: 300 }), { maxLength: 100 });
    fc.assert(
      fc.property(shard, gone, (entries, removed) => {
        const words = [...entries].sort((a, b) => (a.word < b.word ? -1 : 1));
        const renumber = new Int32Array(301);
        for (let article = 0, next = 0; article <= 300; article++) {
          renumber[article] = removed.includes(article) ? -1 : next++;
        }
        const expected = words
          .map(({ word, articles, weights }) => {
            const kept = articles
              .map((a, i) => [renumber[a] as number, weights[i] as number])
              .filter(([a]) => (a as number) >= 0);
            return {
              word,
              articles: kept.map(([a]) => a as number),
              weights: kept.map(([, w]) => w as number),
            };
          })
          .filter((entry) => entry.articles.length > 0);
        const result = renumberShard(encodeShard(words), renumber);
        if (expected.length === 0) expect(result).toBeNull();
        else expect(result).toEqual({ bytes: encodeShard(expected), words: expected.length });
      }),
    );
  });

  it('reads back every shard it writes, and refuses a cut-short one', () => {
    const word = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
    const entry = fc
      .uniqueArray(fc.nat({ max: 5_000_000 }), { minLength: 1, maxLength: 30 })
      .chain((articles) =>
        fc
          .array(fc.integer({ min: 0, max: 255 }), { minLength: articles.length, maxLength: articles.length })
          .map((weights) => ({ articles: articles.sort((a, b) => a - b), weights })),
      );
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(word, entry), { selector: ([w]) => w, maxLength: 20 }), (pairs) => {
        const words = pairs
          .map(([w, postings]) => ({ word: w, ...postings }))
          .sort((a, b) => (a.word < b.word ? -1 : 1));
        const bytes = encodeShard(words);
        expect(decodeShard(bytes)).toEqual(words);
        if (bytes.length > 2) expect(() => decodeShard(bytes.subarray(0, bytes.length - 1))).toThrow();
        // Read with the postings left as bytes: the same words, written back the same.
        const encoded = encodedWords(bytes);
        expect(encoded.map((entry) => entry.word)).toEqual(words.map((entry) => entry.word));
        expect(encodeShard(encoded)).toEqual(bytes);
        if (bytes.length > 2) expect(() => encodedWords(bytes.subarray(0, bytes.length - 1))).toThrow();
      }),
    );
  });
});
