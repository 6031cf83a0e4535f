// A news-sized synthetic archive in the seed format, for benchmarks and large tests: 250–700 words an article,
// a vocabulary of about 40,000 words drawn with Zipf frequencies (real Swahili function words and common
// nouns at the top, made-up words below), and topics: each article belongs to one, whose words it repeats,
// so related articles have a ground truth. Some popular posts name headlines that are not in the archive.
// Deterministic: the same index always gives the same seed, so every run builds the same site.
import { open } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Real words at the top of the frequency table, most common first: `serikali` is a common word to search. */
const COMMON_WORDS = (
  'na ya wa kwa ni la za katika kuwa hiyo hii cha wake yake kama pia lakini ambao baada ' +
  'serikali rais nchi watu mwaka habari jeshi waziri mkutano dunia uchumi biashara usalama amani ' +
  'mkataba mji shule afya maji mvua kilimo soko bei fedha benki kampuni teknolojia simu mtandao ' +
  'michezo mpira timu ushindi uchaguzi bunge sheria mahakama polisi ajali hospitali daktari ugonjwa'
).split(' ');

const SYLLABLES = (
  'ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ' +
  'ra re ri ro ru sa se si so su ta te ti to tu wa we wi ya yo za ze zi zo zu cha che chi ' +
  'mba mbe mbi ngo nga ngu nda ndi nde sha she shi'
).split(' ');

const ENGLISH = (
  'government president country people year news army minister meeting world economy trade security ' +
  'peace agreement city school health water rain farming market price money bank company technology ' +
  'phone network sport football team victory election parliament law court police accident hospital'
).split(' ');

export const VOCABULARY_SIZE = 40_000;
/** Zipf exponent: word of rank r is drawn with weight 1 / r^s. */
const ZIPF_S = 1.05;
const ARTICLES_PER_TOPIC = 40;
const TOPIC_WORDS = 12;
/** Share of an article's words drawn from its topic's words. */
const TOPIC_SHARE = 0.07;
/** Headlines that popular-post lists name but that no seed holds: headline-only posts. */
const ELSEWHERE_HEADLINES = 2_000;

/** A small, fast, seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Vocabulary {
  words: string[];
  /** Cumulative Zipf weights, for drawing a word by rank. */
  cumulative: Float64Array;
}

let vocabulary: Vocabulary | null = null;

function theVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const next = seededRandom(20_261_128);
  const seen = new Set(COMMON_WORDS);
  const words = [...COMMON_WORDS];
  while (words.length < VOCABULARY_SIZE) {
    const syllables = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) {
    total += 1 / (rank + 1) ** ZIPF_S;
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < words.length; rank++) cumulative[rank] = (cumulative[rank] ?? 0) / total;
  vocabulary = { words, cumulative };
  return vocabulary;
}

/** The word of a rank in the vocabulary (0 is the most common): the bench searches for a rare one. */
export function vocabularyWord(rank: number): string {
  const word = theVocabulary().words[rank];
  if (word === undefined) throw new Error(`the vocabulary has no word of rank ${rank}`);
  return word;
}

function zipfWord(vocab: Vocabulary, next: () => number): string {
  const target = next();
  let low = 0;
  let high = vocab.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((vocab.cumulative[middle] ?? 1) < target) low = middle + 1;
    else high = middle;
  }
  return vocab.words[low] ?? 'na';
}

/** The topic an article belongs to: neighbours in the archive share topics only by chance. */
export function syntheticTopic(index: number, count: number): number {
  const topics = Math.max(1, Math.floor(count / ARTICLES_PER_TOPIC));
  return Math.floor(seededRandom(index * 31 + 7)() * topics);
}

function topicWords(vocab: Vocabulary, topic: number): string[] {
  const next = seededRandom(topic * 104_729 + 13);
  // Words of middling rank: rarer than the everyday words, common enough to recur across a topic.
  return Array.from({ length: TOPIC_WORDS }, () => vocab.words[300 + Math.floor(next() * 20_000)] ?? 'na');
}

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function syntheticHeadline(index: number, count: number): string {
  const vocab = theVocabulary();
  const next = seededRandom(index * 7919 + 1);
  const topic = topicWords(vocab, syntheticTopic(index, count));
  const words = Array.from({ length: 5 + Math.floor(next() * 4) }, (_, at) =>
    at % 3 === 0 ? topic[Math.floor(next() * topic.length)] : zipfWord(vocab, next),
  );
  return `${capitalized(words.join(' '))} ${index}`;
}

function elsewhereHeadline(number: number): string {
  const vocab = theVocabulary();
  const next = seededRandom(number * 15_485_863 + 3);
  const words = Array.from({ length: 6 }, () => zipfWord(vocab, next));
  return `${capitalized(words.join(' '))} (habari nyingine ${number})`;
}

export interface SyntheticSeed {
  text: string;
  topic: number;
  words: number;
}

/** Article `index` of an archive of `count`: its seed text, its topic and its body's word count. */
export function syntheticSeed(index: number, count: number): SyntheticSeed {
  const vocab = theVocabulary();
  const next = seededRandom(index + 1);
  const topic = syntheticTopic(index, count);
  const topical = topicWords(vocab, topic);
  const word = () =>
    next() < TOPIC_SHARE ? (topical[Math.floor(next() * topical.length)] ?? 'na') : zipfWord(vocab, next);
  const sentence = (length: number) => {
    const words = Array.from({ length }, word);
    return `${capitalized(words.join(' '))}.`;
  };

  const target = 250 + Math.floor(next() * 451);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const sentences: string[] = [];
    const paragraphWords = Math.min(40 + Math.floor(next() * 50), target - words);
    let inParagraph = 0;
    while (inParagraph < paragraphWords) {
      const length = Math.min(8 + Math.floor(next() * 13), paragraphWords - inParagraph);
      sentences.push(sentence(length));
      inParagraph += length;
    }
    paragraphs.push(sentences.join(' '));
    words += inParagraph;
  }

  const headline = syntheticHeadline(index, count);
  const english = `${capitalized(
    Array.from({ length: 6 }, () => ENGLISH[Math.floor(next() * ENGLISH.length)]).join(' '),
  )} ${index}`;
  const popular: string[] = [];
  for (let i = 0; i < 3 && index > 0; i++) {
    // Mostly older articles of the archive; now and then a headline that is not in it.
    popular.push(
      next() < 0.05
        ? elsewhereHeadline(Math.floor(next() * ELSEWHERE_HEADLINES))
        : syntheticHeadline(Math.floor(next() * index), count),
    );
  }
  const text = [
    headline,
    '',
    headline,
    sentence(12 + Math.floor(next() * 10)),
    ...(next() < 0.8 ? [english] : []),
    '',
    paragraphs.join('\n\n'),
    '',
    ...(popular.length > 0 ? ['Popular posts from this blog', '', popular.join('\n\n'), ''] : []),
  ].join('\n');
  return { text, topic, words };
}

/** The archive's first day: an archive of 100,000 spans about nine years from it. */
const FIRST_DAY = Date.UTC(2017, 11, 1);
/** News a day, at least: a larger archive publishes more a day rather than reaching further into the future. */
const LEAST_A_DAY = 30;
const DAYS_AT_MOST = 3_400;

/**
 * The file name of article `index` in an archive of `count`, dated as a newsroom names its seeds
 * (`2017-12-01T0600_000000_synthetic.txt`, src/seeds/seed-date.ts): about 30 a day between 06:00 and 22:00, so name
 * order is publication order. The zero-padded index keeps names apart.
 */
export function syntheticFileName(index: number, count: number): string {
  const perDay = Math.max(LEAST_A_DAY, Math.ceil(count / DAYS_AT_MOST));
  const day = new Date(FIRST_DAY + Math.floor(index / perDay) * 86_400_000).toISOString().slice(0, 10);
  const minutes = 6 * 60 + Math.floor(((index % perDay) * 16 * 60) / perDay);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
  return `${day}T${time}_${String(index).padStart(Math.max(6, String(count).length), '0')}_synthetic.txt`;
}

/**
 * Writes articles `from` to `count - 1` of an archive of `count` into `folder`, at most 64 files open at once
 * (under macOS's default of 256 open files).
 */
export async function writeSyntheticArchive(folder: string, count: number, from = 0): Promise<void> {
  mkdirSync(folder, { recursive: true });
  let nextIndex = from;
  const writer = async () => {
    for (let index = nextIndex++; index < count; index = nextIndex++) {
      const file = await open(path.join(folder, syntheticFileName(index, count)), 'w');
      try {
        await file.writeFile(syntheticSeed(index, count).text);
      } finally {
        await file.close();
      }
    }
  };
  await Promise.all(Array.from({ length: 64 }, writer));
}
