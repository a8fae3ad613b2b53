import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { expectedJson, expectedText } from './helpers/expected.js';
import { fixtureCases } from './helpers/fixtures.js';

/** The first paragraph where two outputs part, so a failure says where, not just that. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i += 1) {
    if (a[i] !== e[i]) return `paragraph ${i + 1}:\n  expected: ${e[i] ?? '(nothing)'}\n  actual:   ${a[i] ?? '(nothing)'}`;
  }
  return 'no difference';
}

describe('fixture pages (test/fixtures/<case>: input, expected.txt, expected.json)', () => {
  for (const fixture of fixtureCases()) {
    it(`${fixture.name}: ${fixture.meta.note}`, () => {
      const expectedTextPath = join(fixture.dir, 'expected.txt');
      expect(existsSync(expectedTextPath), `${fixture.name} has no expected.txt: run npm run fixtures:update -- ${fixture.name}`).toBe(true);
      const article = clean(readFileSync(fixture.inputPath), { name: fixture.name });
      const wantText = readFileSync(expectedTextPath, 'utf8');
      const gotText = expectedText(article);
      expect(gotText === wantText, `${fixture.name}: ${firstDifference(gotText, wantText)}`).toBe(true);
      expect(JSON.parse(expectedJson(article))).toEqual(JSON.parse(readFileSync(join(fixture.dir, 'expected.json'), 'utf8')));
    });
  }
});
