import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBuiltPost } from './read-built-json.ts';

describe('reading back the JSON a build wrote', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'habari-json-'));
    mkdirSync(path.join(dir, 'data/posts'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stops on a file that does not parse, naming it', () => {
    writeFileSync(path.join(dir, 'data/posts/x.json'), '{"slug":"x","headline":');
    expect(() => readBuiltPost(dir, 'x')).toThrow(/^data\/posts\/x\.json does not parse as JSON/);
  });

  it('stops on JSON that is not a post', () => {
    writeFileSync(path.join(dir, 'data/posts/x.json'), '{"slug":"x"}');
    expect(() => readBuiltPost(dir, 'x')).toThrow('data/posts/x.json is not the data the app expects');
  });
});
