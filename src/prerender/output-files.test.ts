import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withCompressed } from './output-files.ts';

const page = `<!doctype html><html lang="sw"><body>${'<p>Habari za leo kutoka Nairobi.</p>'.repeat(60)}</body></html>`;

describe('withCompressed', () => {
  it('gives a page its Brotli form only: a client without Brotli has it gzipped by the server', () => {
    const files = withCompressed({ fileName: 'habari/makala.html', source: page });
    expect(files.map((file) => file.fileName)).toEqual(['habari/makala.html', 'habari/makala.html.br']);
    expect(brotliDecompressSync(files[1]?.source as Uint8Array).toString()).toBe(page);
  });

  it('gives a script both forms at the best levels, written once and downloaded by every reader', () => {
    const script = `export const words = ${JSON.stringify(page)};`;
    const files = withCompressed({ fileName: 'assets/entry.js', source: script }, 'best');
    expect(files.map((file) => file.fileName)).toEqual([
      'assets/entry.js',
      'assets/entry.js.br',
      'assets/entry.js.gz',
    ]);
    expect(gunzipSync(files[2]?.source as Uint8Array).toString()).toBe(script);
  });

  it.each([
    ['a file too small to gain', 'tiny.json', '{"a":1}'],
    ['a file that is not text', 'icon.png', page],
  ])('leaves %s as it is', (_, fileName, source) => {
    expect(withCompressed({ fileName, source }).map((file) => file.fileName)).toEqual([fileName]);
  });
});
