import { Chalk } from 'chalk';
import type { Writable } from 'node:stream';
import type { KlipingError } from '../errors.js';
import type { Removal } from '../record.js';
import type { Reporter } from '../run.js';

export type ColorChoice = 'auto' | 'always' | 'never';

/** Colour only on a terminal, never with NO_COLOR set (https://no-color.org), unless forced. */
export function wantsColor(choice: ColorChoice, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (choice !== 'auto') return choice === 'always';
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

/** Longest excerpt of a removed block that `--debug` prints. */
const DEBUG_EXCERPT_CHARS = 100;

/** Messages on stderr, one line each: `kliping: INPUT: reason`. */
export function stderrReporter(stderr: Writable, options: { color: boolean; quiet: boolean; debug: boolean }): Reporter {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const line = (text: string): void => {
    stderr.write(`${text}\n`);
  };
  return {
    error(error: KlipingError) {
      const where = error.input === undefined ? '' : `${error.input}: `;
      line(`${chalk.bold('kliping:')} ${chalk.red(`${where}${error.message}`)}`);
    },
    warn(input: string, message: string) {
      if (!options.quiet) line(`${chalk.bold('kliping:')} ${chalk.yellow(`${input}: warning: ${message}`)}`);
    },
    ...(options.debug && {
      removals(input: string, removals: Removal[]) {
        for (const removal of removals) {
          const excerpt = removal.text.length > DEBUG_EXCERPT_CHARS ? `${removal.text.slice(0, DEBUG_EXCERPT_CHARS)}…` : removal.text;
          line(`${chalk.dim(`kliping: ${input}: removed`)} ${chalk.cyan(removal.reason)} ${excerpt}`);
        }
      },
    }),
  };
}
