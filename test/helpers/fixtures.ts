import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const SEED_SAMPLE = fileURLToPath(new URL('../../samples/sindonews-putin-korut-duplicated-body.txt', import.meta.url));

export interface FixtureCase {
  name: string;
  dir: string;
  inputPath: string;
  meta: { note: string; isArticle: boolean; url?: string };
}

/** Every folder under test/fixtures with an input file: one real-looking page each. */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(FIXTURES_DIR, entry.name);
      const input = ['input.html', 'input.txt'].find((name) => existsSync(join(dir, name)));
      if (!input) throw new Error(`fixture ${entry.name} has no input.html or input.txt`);
      return {
        name: entry.name,
        dir,
        inputPath: join(dir, input),
        meta: JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as FixtureCase['meta'],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The shared corpora, present on developer machines and CI, absent elsewhere. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const hasShared = existsSync(SHARED_DIR);
