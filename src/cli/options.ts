import { InvalidArgumentError } from 'commander';

/**
 * THE option table: commander's parser and help, the README's options table and the tests all
 * come from here. Kept free of heavy imports so `--help` and `--version` start fast.
 */
export interface OptionDefinition {
  /** commander's flag syntax: `-f, --format <format>`. */
  flags: string;
  description: string;
  choices?: readonly string[];
  default?: string | number | boolean;
  /** Parses one value; `previous` is the value so far, for options that may repeat. */
  parse?: (value: string, previous: unknown) => unknown;
}

export interface CliValues {
  format: 'text' | 'json' | 'jsonl';
  outputDir?: string;
  force: boolean;
  inputFile: string[];
  type: 'auto' | 'html' | 'text';
  dedupe: boolean;
  dedupeThreshold: number;
  quiet: boolean;
  debug: boolean;
  color: 'auto' | 'always' | 'never';
}

export const OPTIONS: readonly OptionDefinition[] = [
  { flags: '-f, --format <format>', description: 'output format', choices: ['text', 'json', 'jsonl'], default: 'text' },
  { flags: '-o, --output-dir <dir>', description: 'write one file per document into DIR (atomically) instead of stdout' },
  { flags: '--force', description: 'overwrite existing files in the output directory', default: false },
  {
    flags: '-i, --input-file <file>',
    description: 'read inputs from FILE, one per line (# comments; - reads the list from stdin); repeatable',
    parse: (value, previous) => [...((previous as string[] | undefined) ?? []), value],
  },
  { flags: '--type <type>', description: 'how to read inputs: sniff each one, or force HTML or text', choices: ['auto', 'html', 'text'], default: 'auto' },
  { flags: '--no-dedupe', description: 'keep repeated paragraphs' },
  {
    flags: '--dedupe-threshold <jaccard>',
    description: 'word-shingle similarity (0-1] at which a paragraph counts as a near-duplicate',
    default: 0.9,
    parse: parseShare,
  },
  { flags: '-q, --quiet', description: 'no warnings on stderr (errors are still shown)', default: false },
  { flags: '--debug', description: 'list every removed block with its reason on stderr', default: false },
  { flags: '--color <when>', description: 'colour on stderr; auto: only on a terminal, never with NO_COLOR set', choices: ['auto', 'always', 'never'], default: 'auto' },
];

function parseShare(value: string): number {
  const number = Number(value);
  if (!(number > 0 && number <= 1)) throw new InvalidArgumentError('expected a number above 0 and at most 1.');
  return number;
}

/** The README's options table, generated so that it cannot drift from the parser. */
export function optionsMarkdown(): string {
  const rows = OPTIONS.map((option) => {
    const choices = option.choices ? ` (${option.choices.join(', ')})` : '';
    const fallback = option.default === undefined || option.default === false ? '' : `\`${option.default}\``;
    return `| \`${option.flags}\` | ${option.description}${choices} | ${fallback} |`;
  });
  return ['| option | meaning | default |', '| --- | --- | --- |', ...rows].join('\n');
}
