// Writes N synthetic articles in the seed format: 3–8 paragraphs each, popular posts naming other synthetic
// articles. Deterministic (seeded random), so every run builds the same site.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const WORDS = (
  'habari serikali rais waziri mkutano nchi dunia uchumi biashara usalama jeshi amani mkataba watu ' +
  'mji kijiji shule afya maji mvua kilimo soko bei fedha benki kampuni teknolojia simu mtandao ' +
  'michezo mpira timu ushindi uchaguzi bunge sheria mahakama polisi ajali hospitali daktari ugonjwa ' +
  'chanjo elimu wanafunzi walimu barabara reli bandari ndege safari utalii mazingira misitu wanyama ' +
  'bahari ziwa mto nishati umeme mafuta gesi viwanda ajira vijana wanawake watoto familia utamaduni'
).split(' ');

/** A small, fast, seeded generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticHeadline(index: number): string {
  const next = random(index * 7919 + 1);
  const words = Array.from({ length: 6 }, () => WORDS[Math.floor(next() * WORDS.length)]);
  return `${words.join(' ')} ${index}`.replace(/^./, (first) => first.toUpperCase());
}

export function syntheticSeed(index: number, count: number): string {
  const next = random(index + 1);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)];
  const sentence = () => {
    const text = Array.from({ length: 8 + Math.floor(next() * 10) }, pick).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraphs = Array.from({ length: 3 + Math.floor(next() * 6) }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(' '),
  );
  const headline = syntheticHeadline(index);
  const popular = Array.from({ length: 2 }, () => syntheticHeadline(Math.floor(next() * count))).filter(
    (other) => other !== headline,
  );
  return [
    headline,
    '',
    headline,
    sentence(),
    `Synthetic article number ${index}`,
    '',
    paragraphs.join('\n\n'),
    '',
    'Popular posts from this blog',
    '',
    popular.join('\n\n'),
    '',
  ].join('\n');
}

export async function writeSyntheticSeeds(folder: string, count: number): Promise<void> {
  await mkdir(folder, { recursive: true });
  const width = String(count).length;
  for (let start = 0; start < count; start += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, count - start) }, (_, offset) => {
        const index = start + offset;
        return writeFile(
          path.join(folder, `${String(index).padStart(width, '0')}_synthetic.txt`),
          syntheticSeed(index, count),
        );
      }),
    );
  }
}
