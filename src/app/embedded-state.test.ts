import { describe, expect, it } from 'vitest';
import { readEmbeddedState, serializeEmbeddedState, type EmbeddedState } from './embedded-state.ts';

describe('the embedded hydration state', () => {
  const state: EmbeddedState = {
    queries: [[['post', 'x'], { slug: 'x' }]],
    view: null,
    views: [],
  };

  it('cannot close its script element, whatever the seed text holds', () => {
    const hostile = {
      ...state,
      queries: [[['post', 'x'], { note: '</script><script>alert(1)</script>&\u2028' }]],
    };
    const json = serializeEmbeddedState(hostile as EmbeddedState);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('round-trips through the page', () => {
    document.body.replaceChildren();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'habari-state';
    script.textContent = serializeEmbeddedState(state);
    document.body.append(script);
    expect(readEmbeddedState(document)).toEqual(state);
    script.textContent = '{broken';
    expect(readEmbeddedState(document)).toBeNull();
  });
});
