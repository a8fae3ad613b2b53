import { describe, expect, it } from 'vitest';
import { matchShingles, scorePage, shingles, summarize, type PageScore } from '../../src/eval/metric.js';

/**
 * The benchmark's `string_shingle_matching(gold, prediction)`: tp, fp and fn each as a share of all shingle
 * occurrences (tp + fp + fn), first argument the gold.
 */
function shares(gold: string, prediction: string, n: number): [number, number, number] {
  const { tp, fp, fn } = matchShingles(gold, prediction, n);
  const all = tp + fp + fn;
  return [tp / all, fp / all, fn / all];
}

describe('shingle matching, the vectors of the benchmark issue (n = 3)', () => {
  it('an exact copy is all true positives', () => {
    expect(shares('a b c', 'a b c', 3)).toEqual([1, 0, 0]);
  });

  it('a gold shingle the prediction lacks is a false negative', () => {
    expect(shares('a b c d', 'a b c', 3)).toEqual([0.5, 0, 0.5]);
  });

  it('a repeated gold shingle counts as often as it occurs', () => {
    expect(shares('a b c a b c', 'a b c', 3)).toEqual([0.25, 0, 0.75]);
  });
});

describe('shingles', () => {
  it('are word 4-grams by default, counted as a multiset', () => {
    expect(shingles('a b c d a b c d')).toEqual(new Map([['a b c d', 2], ['b c d a', 1], ['c d a b', 1], ['d a b c', 1]]));
  });

  it('make a text of one to three tokens a single shingle and an empty text none', () => {
    expect(shingles('Halo, dunia!')).toEqual(new Map([['Halo dunia', 1]]));
    expect(shingles(' -- ')).toEqual(new Map());
  });

  it('split tokens at anything but letters, digits and underscores, keeping case', () => {
    expect([...shingles("Jakarta's snake_case 2024—Kota", 1).keys()]).toEqual(['Jakarta', 's', 'snake_case', '2024', 'Kota']);
  });

  it('leave combining marks out of tokens, as Python\'s \\w does', () => {
    expect([...shingles('Cafe\u0301 Indonesia', 1).keys()]).toEqual(['Cafe', 'Indonesia']);
  });
});

describe('page precision and recall on 4-grams', () => {
  it('divide the shared shingles by the predicted and by the gold ones', () => {
    // gold: [a b c d] [b c d e] [c d e f]; prediction: [a b c d] [b c d e] [c d e x] [d e x y]
    const page = scorePage('a b c d e f', 'a b c d e x y');
    expect(page.precision).toBe(2 / 4);
    expect(page.recall).toBe(2 / 3);
  });

  it('are both 1 when nothing is missing or extra, even for two empty texts', () => {
    expect(scorePage('Satu dua tiga empat lima.', 'Satu dua, tiga empat lima')).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage('', '')).toEqual({ precision: 1, recall: 1, hasOutput: false, hasGold: false, exact: true });
  });

  it('are both 0 for an empty output against gold, which then counts for recall only', () => {
    expect(scorePage('Satu dua tiga empat lima.', '')).toEqual({ precision: 0, recall: 0, hasOutput: false, hasGold: true, exact: false });
  });

  it('give precision 0 to output on a page whose gold is empty, counted for precision only', () => {
    expect(scorePage('', 'Menu Beranda Berita')).toMatchObject({ precision: 0, hasOutput: true, hasGold: false });
  });
});

describe('macro figures', () => {
  const page = (precision: number, recall: number, hasOutput: boolean, hasGold: boolean, exact = false): PageScore => ({
    precision, recall, hasOutput, hasGold, exact,
  });

  it('average precision over pages with output and recall over pages with gold', () => {
    const summary = summarize([page(1, 0.5, true, true), page(0.5, 0, false, true), page(0, 1, true, false)]);
    expect(summary.precision).toBe(0.5);
    expect(summary.recall).toBe(0.25);
  });

  it('take F1 as the harmonic mean of the two averages, not the mean of page F1s', () => {
    const summary = summarize([page(1, 0.5, true, true), page(0.5, 1, true, true)]);
    expect(summary.f1).toBe(0.75);
    expect(summarize([page(0, 0, true, true)]).f1).toBe(0);
  });

  it('count accuracy over every page: same token list, punctuation and spacing aside, case not', () => {
    const pages = [
      scorePage('Harga beras naik.', 'Harga  beras\nnaik'),
      scorePage('Harga beras naik.', 'harga beras naik.'),
      scorePage('', ''),
      scorePage('Harga beras naik.', 'Harga beras naik lagi.'),
    ];
    expect(pages.map((p) => p.exact)).toEqual([true, false, true, false]);
    expect(summarize(pages)).toMatchObject({ pages: 4, accuracy: 0.5 });
  });
});
