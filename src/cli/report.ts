import { Chalk } from 'chalk';
import type { Writable } from 'node:stream';
import type { KlipingError } from '../errors.js';
import type { Removal } from '../record.js';
import type { Reporter, RunSummary } from '../run.js';

export type ColorChoice = 'auto' | 'always' | 'never';

/** Colour only on a terminal, never with NO_COLOR set (https://no-color.org), unless forced. */
export function wantsColor(choice: ColorChoice, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (choice !== 'auto') return choice === 'always';
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

/** Longest excerpt of a removed block that `--debug` prints. */
const DEBUG_EXCERPT_CHARS = 100;

/**
 * Control characters shown as `\xNN`: a file name, URL or page text holding a newline or an escape
 * sequence must neither break the one-line-per-message rule nor drive the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The line a terminal shows while a batch runs, and after it: counts and rate. */
export function summaryLine(summary: RunSummary, now: number = Date.now()): string {
  const seconds = Math.max((now - summary.startedAt) / 1000, 0.001);
  const done = summary.succeeded + summary.failed + summary.skipped;
  const parts = [`${summary.succeeded} done`, `${summary.failed} failed`, `${summary.skipped} skipped`];
  return `${parts.join(', ')} in ${seconds.toFixed(1)}s (${(done / seconds).toFixed(1)}/s)${summary.interrupted ? ', interrupted' : ''}`;
}

/**
 * Messages on stderr, one line each: `kliping: INPUT: reason`. With `live` (a terminal, not -q) a
 * progress line is kept at the bottom, redrawn in place, and left as the run's summary at the end.
 */
export function stderrReporter(stderr: Writable, options: { color: boolean; quiet: boolean; debug: boolean; live: boolean }): Reporter & { finish(summary: RunSummary): void } {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  let progressShown = false;
  const line = (text: string): void => {
    // A message goes above the progress line: clear it, write, and let the next update redraw it.
    stderr.write(`${progressShown ? '\r\x1b[2K' : ''}${text}\n`);
    progressShown = false;
  };
  return {
    ...(options.live && {
      progress(summary: RunSummary) {
        stderr.write(`\r\x1b[2K${chalk.dim('kliping:')} ${chalk.cyan(summaryLine(summary))}`);
        progressShown = true;
      },
    }),
    finish(summary: RunSummary) {
      if (options.live) {
        stderr.write(`\r\x1b[2K${chalk.bold('kliping:')} ${summaryLine(summary)}\n`);
        progressShown = false;
      }
      for (const text of summary.profile?.report() ?? []) line(`${chalk.bold('kliping:')} ${text}`);
    },
    error(error: KlipingError) {
      const where = error.input === undefined ? '' : `${error.input}: `;
      line(`${chalk.bold('kliping:')} ${chalk.red(printable(`${where}${error.message}`))}`);
    },
    warn(input: string, message: string) {
      if (!options.quiet) line(`${chalk.bold('kliping:')} ${chalk.yellow(printable(`${input}: warning: ${message}`))}`);
    },
    ...(options.debug && {
      removals(input: string, removals: Removal[]) {
        for (const removal of removals) {
          const excerpt = removal.text.length > DEBUG_EXCERPT_CHARS ? `${removal.text.slice(0, DEBUG_EXCERPT_CHARS)}…` : removal.text;
          line(`${chalk.dim(printable(`kliping: ${input}: removed`))} ${chalk.cyan(removal.reason)} ${printable(excerpt)}`);
        }
      },
    }),
  };
}
