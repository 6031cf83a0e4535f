import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time.tsx';

describe('readingMinutes', () => {
  it.each([
    [[], 1],
    [['neno '.repeat(50)], 1],
    [['neno '.repeat(300)], 2],
    [['neno '.repeat(200), 'neno '.repeat(210)], 2],
    [['neno '.repeat(1000)], 5],
  ])('%#: %j words → %i min', (body, minutes) => {
    expect(readingMinutes(body as string[])).toBe(minutes);
  });
});
