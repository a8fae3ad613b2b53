/**
 * `npm run eval`: scores kliping on the shared corpora (or the folders named) and optionally gates on
 * eval/floors.json. Returns the exit status: 0 done, 1 a floor broken, 2 usage or setup error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateCorpus } from './evaluate.js';
import { checkFloors, readFloors, type FloorViolation } from './floors.js';
import { formatErrors, formatPageLines, formatTable, formatViolation, toJson } from './report.js';

/** Two folders up from this module, compiled (dist/eval) or not (src/eval): the cwd may be anywhere. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_CORPORA = ['article-extraction-benchmark', 'id-news'];
const USAGE = 'usage: node dist/eval/cli.js [CORPUS_DIR ...] [--pages] [--json] [--check-floors]';

export interface EvalIO {
  out(line: string): void;
  err(line: string): void;
}

export function runEval(argv: string[], io: EvalIO, projectRoot = PROJECT_ROOT): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pages: { type: 'boolean' },
        json: { type: 'boolean' },
        'check-floors': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`eval: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { pages: withPages = false, json = false, 'check-floors': gate = false, help = false } = args.values;
  if (help) {
    io.out(USAGE);
    return 0;
  }

  const named = args.positionals.length > 0;
  const { found, skipped } = named ? { found: args.positionals, skipped: [] } : locateSharedCorpora(projectRoot);
  for (const dir of skipped) io.err(`eval: skipped ${dir}: not found`);
  const notCorpora = found.filter((dir) => !existsSync(join(dir, 'gold')));
  for (const dir of notCorpora) io.err(`eval: ${dir} is not a corpus folder (no gold/ in it)`);
  if (notCorpora.length > 0) return 2;
  if (found.length === 0) {
    io.out('eval: nothing to score: no corpus named and none of the shared corpora is on this machine');
    return 0;
  }

  const results = found.map((dir) => evaluateCorpus(dir));
  let violations: FloorViolation[] | undefined;
  if (gate) {
    const floorsPath = join(projectRoot, 'eval', 'floors.json');
    try {
      violations = checkFloors(readFloors(floorsPath), results);
    } catch (error) {
      io.err(`eval: cannot read floors: ${(error as Error).message}`);
      return 2;
    }
  }

  if (json) {
    io.out(toJson({ corpora: results, skipped, ...(violations ? { violations } : {}) }, withPages));
  } else {
    if (withPages) for (const result of results) formatPageLines(result).forEach((line) => io.out(line));
    formatTable(results).forEach((line) => io.out(line));
    for (const result of results) formatErrors(result).forEach((line) => io.out(line));
  }
  for (const violation of violations ?? []) io.err(formatViolation(violation));
  if (violations && violations.length === 0) io.err('eval: every floor met');
  return violations && violations.length > 0 ? 1 : 0;
}

/** The shared corpora, ../shared/corpus/<name> beside the project, split into those present and those not. */
function locateSharedCorpora(projectRoot: string): { found: string[]; skipped: string[] } {
  const dirs = DEFAULT_CORPORA.map((name) => resolve(projectRoot, '..', 'shared', 'corpus', name));
  return { found: dirs.filter((dir) => existsSync(dir)), skipped: dirs.filter((dir) => !existsSync(dir)) };
}
