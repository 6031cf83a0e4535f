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

  it('gives an article back its paragraphs from the page, which the state does not repeat', () => {
    const body = document.createElement('div');
    body.className = 'article__body';
    for (const text of ['Aya ya kwanza & "nukuu".', 'Aya ya pili.']) {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      body.append(paragraph);
    }
    document.body.replaceChildren(body);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'habari-state';
    script.textContent = serializeEmbeddedState({
      queries: [[['post', 'x'], { slug: 'x', body: [] }]],
      view: null,
      views: ['article'],
      bodyInPage: true,
    });
    document.body.append(script);
    expect(readEmbeddedState(document)?.queries).toEqual([
      [['post', 'x'], { slug: 'x', body: ['Aya ya kwanza & "nukuu".', 'Aya ya pili.'] }],
    ]);
  });
});
