/**
 * The evaluation gate: eval/floors.json pins, per corpus folder name, the worst figures still accepted. Floors
 * only move up as kliping improves; `npm run eval -- --check-floors` fails when a corpus falls below one.
 */
import { readFileSync } from 'node:fs';
import type { CorpusResult, CorpusSummary, Tally } from './evaluate.js';

/** Figures that must stay at or above their floor; metadata ones are shares of the pages that count. */
const MINIMUMS = {
  f1: (summary) => summary.f1,
  precision: (summary) => summary.precision,
  recall: (summary) => summary.recall,
  accuracy: (summary) => summary.accuracy,
  title: (summary) => share(summary.title),
  published: (summary) => share(summary.published),
  author: (summary) => share(summary.author),
  nonArticle: (summary) => share(summary.nonArticle),
} satisfies Record<string, (summary: CorpusSummary) => number | null>;

/** Counts that must stay at or below their maximum. */
const MAXIMUMS = {
  maxLeaked: (summary) => summary.leaked,
  maxDup: (summary) => summary.dup,
} satisfies Record<string, (summary: CorpusSummary) => number>;

export type FloorName = keyof typeof MINIMUMS | keyof typeof MAXIMUMS;
export type CorpusFloors = Partial<Record<FloorName, number>>;
/** Corpus folder base name -> its floors. */
export type Floors = Record<string, CorpusFloors>;

export interface FloorViolation {
  corpus: string;
  metric: FloorName;
  /** Null when no page of the corpus counts for the figure (a metadata floor on gold without that field). */
  measured: number | null;
  floor: number;
}

/** Reads and checks the floors file; a misspelt figure name is an error, not a floor silently never checked. */
export function readFloors(path: string): Floors {
  const floors = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [corpus, figures] of Object.entries(floors)) {
    for (const [name, value] of Object.entries(figures)) {
      if (!(name in MINIMUMS || name in MAXIMUMS)) throw new Error(`${path}: ${corpus} has an unknown floor "${name}"`);
      if (typeof value !== 'number') throw new Error(`${path}: ${corpus} ${name} is not a number`);
    }
  }
  return floors as Floors;
}

/** Every floor broken by the corpora measured; floors of corpora not measured this run are skipped. */
export function checkFloors(floors: Floors, results: CorpusResult[]): FloorViolation[] {
  return results.flatMap(({ name, summary }) =>
    Object.entries(floors[name] ?? {}).flatMap(([metric, floor]): FloorViolation[] => {
      const violation = { corpus: name, metric: metric as FloorName, floor };
      if (metric in MAXIMUMS) {
        const measured = MAXIMUMS[metric as keyof typeof MAXIMUMS](summary);
        return measured > floor ? [{ ...violation, measured }] : [];
      }
      const measured = MINIMUMS[metric as keyof typeof MINIMUMS](summary);
      return measured === null || measured < floor ? [{ ...violation, measured }] : [];
    }),
  );
}

function share({ hit, total }: Tally): number | null {
  return total === 0 ? null : hit / total;
}
