/** Launcher of `npm run eval` (node dist/eval/cli.js): the work is in command.ts, testable without a process. */
import { runEval } from './command.js';

// A closed stdout (`npm run eval | head`) ends the run quietly, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = runEval(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
