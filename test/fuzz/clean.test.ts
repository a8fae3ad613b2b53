import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument } from './check.js';
import { buildInput, FAMILIES, inputsOf } from './inputs.js';

/**
 * Runs per family in `npm test`: bounded (about 20 s in all on two cores), random seeds that
 * fast-check prints with any failure. `npm run fuzz` runs the long campaign.
 */
const RUNS: Record<string, number> = {
  'mutated-fixture': 200,
  'random-html': 500,
  'random-text': 300,
  'look-alike-paragraphs': 2,
  'deep-nesting': 4,
  'huge-attribute': 3,
  'one-huge-line': 2,
  'long-runs': 30,
  'random-bytes': 20,
  'empty-or-blank': 8,
  'lone-surrogates': 40,
  'mixed-encoding': 60,
};

describe('clean() on generated input: refuses with a KlipingError or cleans within the budget, only the input\'s text, idempotently', () => {
  it.each(FAMILIES.map((family) => family.name))('%s', (name) => {
    fc.assert(
      fc.property(inputsOf(name), (input) => {
        expect(checkDocument(buildInput(input)).violations).toEqual([]);
      }),
      { numRuns: RUNS[name]! },
    );
  }, 60_000);
});
