import fc from 'fast-check';
import { expect, it } from 'vitest';
import { checkDocument, type Violation, type ViolationKind } from './check.js';
import { anyInput, buildInput, type GeneratedInput } from './inputs.js';

/**
 * `npm run fuzz`: FUZZ_RUNS generated inputs (100,000 by default) of every family at its weight,
 * checked like the bounded runs of `npm test`, but counted instead of stopped at the first
 * failure. Prints the counts and the first failures with their recipe; fails on any violation.
 * FUZZ_SEED replays a campaign.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const SHOWN_FAILURES = 10;

interface Tally {
  inputs: number;
  refused: Map<string, number>;
  violations: Record<ViolationKind, number>;
  slowest: { ms: number; input: GeneratedInput | null };
  failures: { input: GeneratedInput; violations: Violation[] }[];
  families: Map<string, number>;
}

it(`clean() holds its properties on ${RUNS} generated inputs`, () => {
  const tally: Tally = {
    inputs: 0,
    refused: new Map(),
    violations: { crash: 0, hang: 0, 'foreign-text': 0, 'not-idempotent': 0 },
    slowest: { ms: 0, input: null },
    failures: [],
    families: new Map(),
  };
  const started = Date.now();
  fc.assert(
    fc.property(anyInput, (input) => {
      const checked = checkDocument(buildInput(input));
      tally.inputs += 1;
      tally.families.set(input.family, (tally.families.get(input.family) ?? 0) + 1);
      if (checked.refused) tally.refused.set(checked.refused, (tally.refused.get(checked.refused) ?? 0) + 1);
      if (checked.ms > tally.slowest.ms) tally.slowest = { ms: checked.ms, input };
      for (const violation of checked.violations) tally.violations[violation.kind] += 1;
      if (checked.violations.length > 0 && tally.failures.length < SHOWN_FAILURES) tally.failures.push({ input, violations: checked.violations });
      if (tally.inputs % 10_000 === 0) console.log(`${tally.inputs} inputs, ${Math.round((Date.now() - started) / 1000)} s`);
    }),
    { numRuns: RUNS, seed: SEED },
  );
  console.log(report(tally, Date.now() - started));
  expect(tally.violations).toEqual({ crash: 0, hang: 0, 'foreign-text': 0, 'not-idempotent': 0 });
});

function report(tally: Tally, ms: number): string {
  const { violations } = tally;
  const lines = [
    `fuzz campaign, seed ${SEED} (FUZZ_SEED=${SEED} replays it), ${Math.round(ms / 1000)} s`,
    `inputs run:          ${tally.inputs}`,
    `crashes:             ${violations.crash}`,
    `hangs past budget:   ${violations.hang}`,
    `property violations: ${violations['foreign-text']} foreign text, ${violations['not-idempotent']} not idempotent`,
    `slowest input:       ${Math.round(tally.slowest.ms)} ms (${describe(tally.slowest.input)})`,
    `per family:          ${[...tally.families].map(([family, count]) => `${family} ${count}`).join(', ')}`,
    `refused (KlipingError codes): ${[...tally.refused].map(([code, count]) => `${code} ${count}`).join(', ') || 'none'}`,
    ...tally.failures.map(({ input, violations: found }) => `FAILED ${describe(input)}\n  ${found.map((violation) => `${violation.kind}: ${violation.detail.slice(0, 500)}`).join('\n  ')}`),
  ];
  return lines.join('\n');
}

function describe(input: GeneratedInput | null): string {
  return input ? `${input.family} ${fc.stringify(input.recipe).slice(0, 300)}` : 'none';
}
