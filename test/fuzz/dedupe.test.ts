import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupeParagraphs } from '../../src/dedupe/index.js';
import { jaccard, wordShingles } from '../../src/dedupe/shingles.js';
import type { DocumentRecord } from '../../src/record.js';
import { NEAR_DUP_JACCARD } from '../../src/settings.js';
import { normalizeForComparison } from '../../src/text.js';
import { sentence } from './vocabulary.js';

function record(paragraphs: string[], title: string | null): DocumentRecord {
  return {
    input: 'fuzz', type: 'text', parsed: { type: 'text', lines: [] }, title, removals: [],
    blocks: paragraphs.map((text) => ({ text, kind: 'line' })),
  } as unknown as DocumentRecord;
}

const similarity = (a: string, b: string): number =>
  jaccard(wordShingles(normalizeForComparison(a)), wordShingles(normalizeForComparison(b)));

/** No two of `paragraphs` are near copies at the default threshold: each is its own paragraph. */
const distinct = (paragraphs: string[]): boolean =>
  paragraphs.every((a, i) => paragraphs.slice(i + 1).every((b) => similarity(a, b) < NEAR_DUP_JACCARD));

/** Copies as a page repeats a paragraph: exact, in another case, with other spacing and punctuation. */
const copyOf = (text: string, how: number): string => [text, text.toUpperCase(), ` ${text.replace(/ /g, '  ')}!`][how % 3]!;

/** Paragraphs, each repeated 0 to 3 times, shuffled, and sometimes one of them as the title. */
const withRepeats = fc
  .record({
    originals: fc.uniqueArray(sentence, { minLength: 1, maxLength: 30, selector: normalizeForComparison }),
    repeats: fc.array(fc.nat({ max: 3 }), { minLength: 30, maxLength: 30 }),
    order: fc.array(fc.nat(), { minLength: 120, maxLength: 120 }),
    titleIndex: fc.option(fc.nat()),
  })
  .map(({ originals, repeats, order, titleIndex }) => {
    const copies = originals.flatMap((text, i) => Array.from({ length: 1 + repeats[i]! }, (_, copy) => copyOf(text, copy)));
    const shuffled = copies.map((text, i) => [order[i]!, text] as const).sort((a, b) => a[0] - b[0]).map(([, text]) => text);
    return { originals, paragraphs: shuffled, title: titleIndex === null ? null : originals[titleIndex % originals.length]! };
  });

describe('dedupe never drops the only copy of a paragraph', () => {
  it('keeps every paragraph of a list without repeats or near copies', () => {
    fc.assert(
      fc.property(fc.uniqueArray(sentence, { maxLength: 40, selector: normalizeForComparison }), (paragraphs) => {
        fc.pre(distinct(paragraphs));
        expect(dedupeParagraphs(record(paragraphs, null)).blocks.map((block) => block.text)).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps at least one copy of every repeated paragraph that is not the title', () => {
    fc.assert(
      fc.property(withRepeats, ({ originals, paragraphs, title }) => {
        fc.pre(distinct(originals));
        const kept = new Set(dedupeParagraphs(record(paragraphs, title)).blocks.map((block) => normalizeForComparison(block.text)));
        for (const original of originals) {
          if (original !== title) expect(kept).toContain(normalizeForComparison(original));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('drops a paragraph only for a kept copy, a kept near copy or the title', () => {
    fc.assert(
      fc.property(withRepeats, fc.double({ min: 0.05, max: 1, noNaN: true }), ({ paragraphs, title }, threshold) => {
        const result = dedupeParagraphs(record(paragraphs, title), { enabled: true, threshold });
        const kept = result.blocks.map((block) => block.text);
        for (const { reason, text } of result.removals) {
          const key = normalizeForComparison(text);
          if (reason === 'dup:title') expect(key).toBe(normalizeForComparison(title ?? ''));
          else if (reason === 'dup:exact') expect(kept.map(normalizeForComparison)).toContain(key);
          else expect(kept.some((other) => similarity(text, other) >= threshold), `${reason}: ${text}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
