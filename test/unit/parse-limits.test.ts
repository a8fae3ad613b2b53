import { describe, expect, it } from 'vitest';
import { clean, KlipingError } from '../../src/index.js';
import { MAX_DOM_DEPTH, MAX_DOM_ELEMENTS, MAX_TEXT_CHARS } from '../../src/settings.js';

const STORY = '<p>JAKARTA - Isi berita yang cukup panjang untuk menjadi paragraf cerita, dengan koma.</p>';

/** A page whose body holds `levels` nested `tag`s around the story: `<html>` and `<body>` are two more levels. */
function nested(levels: number, tag = 'div'): string {
  return `<html><body>${`<${tag}>`.repeat(levels)}${STORY}${`</${tag}>`.repeat(levels)}</body></html>`;
}

function failure(input: string | Buffer): KlipingError {
  try {
    clean(input, { name: 'page.html' });
  } catch (error) {
    if (error instanceof KlipingError) return error;
    throw error;
  }
  throw new Error('clean() did not throw');
}

describe('limits on one document', () => {
  it(`refuses text longer than ${MAX_TEXT_CHARS} characters, HTML or not`, () => {
    const long = 'kata '.repeat(MAX_TEXT_CHARS / 5) + 'x';
    for (const input of [long, `<html><body><p>${long}</p></body></html>`]) {
      const error = failure(input);
      expect(error.code).toBe('E_INPUT_TOO_LONG');
      expect(error.input).toBe('page.html');
    }
  });

  it(`cleans a page nested ${MAX_DOM_DEPTH} levels deep and refuses one level more`, () => {
    // The story's <p> is one level below the innermost wrapper.
    expect(clean(nested(MAX_DOM_DEPTH - 3)).paragraphs).toHaveLength(1);
    expect(failure(nested(MAX_DOM_DEPTH - 2)).code).toBe('E_INPUT_TOO_DEEP');
  });

  it('refuses 100,000-deep nesting with an error, not a stack overflow', () => {
    for (const tag of ['div', 'span', 'b']) {
      const error = failure(nested(100_000, tag));
      expect(error.code).toBe('E_INPUT_TOO_DEEP');
      expect(error.message).toContain(`${MAX_DOM_DEPTH} levels`);
    }
  });

  it(`cleans a page of ${MAX_DOM_ELEMENTS} elements and refuses one more`, () => {
    // <html>, <body>, <article> and the story's <p> are four of them.
    const page = (spans: number): string => `<html><body><article>${'<span></span>'.repeat(spans)}${STORY}</article></body></html>`;
    expect(clean(page(MAX_DOM_ELEMENTS - 4)).paragraphs).toHaveLength(1);
    const error = failure(page(MAX_DOM_ELEMENTS - 3));
    expect(error.code).toBe('E_INPUT_TOO_COMPLEX');
    expect(error.message).toContain(`${MAX_DOM_ELEMENTS} HTML elements`);
  });
});
