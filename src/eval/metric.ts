/**
 * The ScrapingHub article-extraction-benchmark metric, as ../shared/tools/score.py computes it: word 4-shingle
 * multisets per page, macro precision and recall over the pages, F1 of the two, exact-token accuracy.
 */
import { wordTokens } from './python-text.js';

/** The benchmark compares word 4-grams. */
export const SHINGLE_SIZE = 4;

/** Shingle occurrences in both texts (tp), only in the prediction (fp), only in the gold (fn). */
export interface ShingleMatch {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  precision: number;
  recall: number;
  /** The prediction has a shingle: the page counts for macro precision. */
  hasOutput: boolean;
  /** The gold has a shingle: the page counts for macro recall. */
  hasGold: boolean;
  /** Same token list as the gold: the page counts for accuracy. */
  exact: boolean;
}

export interface MetricSummary {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/**
 * Word n-gram multiset of a text, keyed by the tokens joined with spaces (tokens hold no spaces). A text shorter
 * than n tokens is one shingle, so a two-word caption still counts; a text without tokens has none.
 */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  for (let start = 0; start < Math.max(1, tokens.length - n + 1); start += 1) {
    const key = tokens.slice(start, start + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Overlap of gold and predicted shingle multisets, in counts. The benchmark's own `string_shingle_matching(gold,
 * prediction)` reports the same three numbers as shares, each divided by tp + fp + fn so long pages weigh no more
 * than short ones; precision and recall are ratios of them, so counts give the same figures without the division.
 */
export function matchShingles(gold: string, prediction: string, n = SHINGLE_SIZE): ShingleMatch {
  const goldShingles = shingles(gold, n);
  const predictedShingles = shingles(prediction, n);
  const match = { tp: 0, fp: 0, fn: 0 };
  for (const key of new Set([...goldShingles.keys(), ...predictedShingles.keys()])) {
    const inGold = goldShingles.get(key) ?? 0;
    const predicted = predictedShingles.get(key) ?? 0;
    match.tp += Math.min(inGold, predicted);
    match.fp += Math.max(0, predicted - inGold);
    match.fn += Math.max(0, inGold - predicted);
  }
  return match;
}

/** A page's precision and recall; both are 1 when nothing is missing and nothing is extra (two empty texts too). */
export function scorePage(gold: string, prediction: string): PageScore {
  const { tp, fp, fn } = matchShingles(gold, prediction);
  const perfect = fp === 0 && fn === 0;
  return {
    precision: perfect ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: perfect ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn),
    hasOutput: tp + fp > 0,
    hasGold: tp + fn > 0,
    exact: sameTokens(gold, prediction),
  };
}

/**
 * Macro figures: precision averaged over the pages with output (an empty output is no wrong text), recall over
 * the pages with gold (a page whose gold is empty cannot miss anything), F1 the harmonic mean of the two averages.
 * Sums run in page order, as score.py's do.
 */
export function summarize(pages: PageScore[]): MetricSummary {
  const precision = mean(pages.filter((page) => page.hasOutput).map((page) => page.precision));
  const recall = mean(pages.filter((page) => page.hasGold).map((page) => page.recall));
  return {
    pages: pages.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    accuracy: pages.length === 0 ? 0 : pages.filter((page) => page.exact).length / pages.length,
  };
}

function sameTokens(gold: string, prediction: string): boolean {
  const a = wordTokens(gold);
  const b = wordTokens(prediction);
  return a.length === b.length && a.every((token, index) => token === b[index]);
}

function mean(values: number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return values.length === 0 ? 0 : sum / values.length;
}
