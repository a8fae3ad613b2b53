import { describe, expect, it } from 'vitest';
import { endsLikeSentence } from '../../src/text.js';

describe('endsLikeSentence', () => {
  it.each([
    ['Kata dia.', true],
    ['"Kami siap," ujarnya.”', true],
    ['Benarkah?)', true],
    ['(lihat foto)', false],
    ['Judul tanpa titik', false],
    ['""', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(endsLikeSentence(text)).toBe(expected);
  });

  it('looks past a run of 200,000 closing quotes in linear time (a regex retried from each one)', () => {
    // A hang check with the per-document budget, not a speed test: the regex took minutes here.
    const started = Date.now();
    expect(endsLikeSentence(`${'”'.repeat(200_000)}x`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
