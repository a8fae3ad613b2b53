// Regenerates a fixture's expected output from what kliping prints now, for review in `git diff`:
//   npm run fixtures:update -- <case> [<case> ...]   (no case: all of them)
// Expected files are never edited by hand.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean } from '../../dist/index.js';
import { expectedJson, expectedText } from './expected.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const wanted = process.argv.slice(2);
const cases = wanted.length > 0 ? wanted : readdirSync(fixtures).filter((name) => !name.startsWith('.'));
for (const name of cases) {
  const dir = join(fixtures, name);
  const input = ['input.html', 'input.txt'].map((file) => join(dir, file)).find((path) => existsSync(path));
  if (!input) {
    console.error(`fixtures:update: ${name}: no input.html or input.txt`);
    process.exitCode = 1;
    continue;
  }
  const article = clean(readFileSync(input), { name });
  writeFileSync(join(dir, 'expected.txt'), expectedText(article));
  writeFileSync(join(dir, 'expected.json'), expectedJson(article));
  console.log(`fixtures:update: ${name}: ${article.paragraphs.length} paragraphs, removed ${JSON.stringify(article.removed)}`);
}
