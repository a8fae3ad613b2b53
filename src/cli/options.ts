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
  append?: string;
  force: boolean;
  inputFile: string[];
  type: 'auto' | 'html' | 'text';
  dedupe: boolean;
  dedupeThreshold: number;
  jobs?: number;
  docTimeout: number;
  quiet: boolean;
  debug: boolean;
  profile: boolean;
  color: 'auto' | 'always' | 'never';
  concurrency: number;
  delay: number;
  timeout: number;
  retries: number;
  maxBytes: number;
  userAgent?: string;
  ignoreRobots: boolean;
  followPages: boolean;
  maxPages: number;
  failed?: string;
  sitemap?: string[];
  feed?: string[];
  since?: Date;
  max?: number;
  state?: string;
  refetch: boolean;
  records: boolean;
  htmlField: string;
  textField: string;
  dateField?: string;
  shard?: { index: number; count: number };
  doneDir?: string;
  urlFilter?: string;
}

export const OPTIONS: readonly OptionDefinition[] = [
  { flags: '-f, --format <format>', description: 'output format', choices: ['text', 'json', 'jsonl'], default: 'text' },
  { flags: '-o, --output-dir <dir>', description: 'write one file per document into DIR (atomically) instead of stdout; with --records or a WARC file, one file per input file, named once that file is finished' },
  {
    flags: '--append <file>',
    description: 'append JSON Lines (-f jsonl) to FILE instead of stdout; with --state, a run killed midway and run again writes each article exactly once',
  },
  { flags: '--force', description: 'overwrite existing files in the output directory', default: false },
  {
    flags: '-i, --input-file <file>',
    description: 'read inputs from FILE, one per line (# comments; - reads the list from stdin); repeatable',
    parse: collect,
  },
  { flags: '--sitemap <url>', description: 'clean the articles a sitemap lists (index, .xml.gz, Google News); repeatable', parse: collect },
  { flags: '--feed <url>', description: 'clean the articles an RSS or Atom feed lists (or the feed an HTML page links to); repeatable', parse: collect },
  { flags: '--since <when>', description: 'only listed articles dated since then: a date (2024-06-18, ISO 8601) or a duration back from now (90m, 6h, 2d)', parse: (value) => parseSince(value) },
  { flags: '--max <n>', description: 'at most N listed articles, all sitemaps and feeds together', parse: (value) => parseCount(value, 0) },
  { flags: '--state <file>', description: 'remember across runs (SQLite file): URLs done are not fetched again, copies of a story seen before are skipped' },
  { flags: '--refetch', description: 'with --state: fetch URLs again even when done' },
  {
    flags: '--records',
    description: 'inputs are JSON Lines (stdin, files, folders of .jsonl): each line an object with the page in a field; writes one JSON line per input line, in order: its other fields untouched and the result (or error) under "kliping"',
    default: false,
  },
  { flags: '--html-field <name>', description: 'with --records: the field holding a page as HTML', default: 'html' },
  { flags: '--text-field <name>', description: 'with --records: the field holding a page as plain text (mC4, CulturaX: text)', default: 'text' },
  { flags: '--date-field <name>', description: 'with --records: the field saying when the page was fetched (ISO 8601 or Unix seconds; mC4: timestamp), the time "2 jam yang lalu" counts back from' },
  {
    flags: '--shard <k/n>',
    description: 'only shard K of N (1/4 is the first of four): inputs split by a stable hash of their name, standard input\'s records by line number',
    parse: parseShard,
  },
  { flags: '--done-dir <dir>', description: 'mark each input file finished in DIR (atomically); a rerun passes marked files over, so a relaunched job continues where it stopped' },
  { flags: '--failed <file>', description: 'write the inputs that failed to FILE, one per line, ready to run again with -i' },
  {
    flags: '--url-filter <pattern>',
    description: 'clean only the WARC records whose host matches: a host suffix (detik.com, .id), a regular expression for the host ([.]id$ or ^news[.]), or a file of hosts, one per line',
  },
  { flags: '--type <type>', description: 'how to read inputs: sniff each one, or force HTML or text', choices: ['auto', 'html', 'text'], default: 'auto' },
  { flags: '--no-dedupe', description: 'keep repeated paragraphs' },
  {
    flags: '--dedupe-threshold <jaccard>',
    description: 'word-shingle similarity (0-1] at which a paragraph counts as a near-duplicate',
    default: 0.9,
    parse: parseShare,
  },
  {
    flags: '-j, --jobs <n>',
    description: 'documents cleaned at once, each in its own worker thread (default: one per core; for arguments that are only files and URLs, one per 200 of them, at least one, since each worker warms up on its own); a run of one document cleans in the main thread',
    parse: (value) => parseCount(value, 1),
  },
  {
    flags: '--doc-timeout <duration>',
    description: 'time one document may take to clean (in a batch, reading its file included), or it fails (E_DOC_TIMEOUT); a worker is stopped at once, the main thread (one document) checks between stages',
    default: '10s',
    parse: parseBudget,
  },
  { flags: '--concurrency <n>', description: 'URLs fetched at once, all hosts together', default: 8, parse: (value) => parseCount(value, 1) },
  { flags: '--delay <duration>', description: 'time between two requests to one host (robots.txt Crawl-delay can raise it); 500ms, 2s', default: '1s', parse: parseDuration },
  { flags: '--timeout <duration>', description: 'limit on each request, from connecting to the last byte of the body', default: '30s', parse: parseDuration },
  { flags: '--retries <n>', description: 'further attempts after a network error, 429 or 5xx (Retry-After honoured)', default: 2, parse: (value) => parseCount(value, 0) },
  { flags: '--max-bytes <size>', description: 'largest page (or --records line), counted after decompression; 500k, 10M', default: '10M', parse: parseSize },
  { flags: '--user-agent <text>', description: 'User-Agent sent with every request (default: kliping/VERSION (+project URL))' },
  { flags: '--ignore-robots', description: 'fetch pages robots.txt disallows (a warning says so on every run)', default: false },
  { flags: '--no-follow-pages', description: "don't gather a paginated story's further pages (or its single-page view)" },
  { flags: '--max-pages <n>', description: 'pages of one story fetched at most, the first included', default: 20, parse: (value) => parseCount(value, 1) },
  { flags: '-q, --quiet', description: 'no warnings on stderr (errors are still shown)', default: false },
  { flags: '--debug', description: 'list every removed block with its reason on stderr', default: false },
  { flags: '--profile', description: 'print the time spent in each stage (read, parse, metadata, extract, clean, dedupe, write) on stderr at the end', default: false },
  { flags: '--color <when>', description: 'colour on stderr; auto: only on a terminal, never with NO_COLOR set', choices: ['auto', 'always', 'never'], default: 'auto' },
];

/** `K/N`, K counted from 1: the shard numbers people and job arrays write. */
export function parseShard(value: string): { index: number; count: number } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected K/N with 1 <= K <= N, such as 1/4 (the first of four shards).');
  return { index, count };
}

function parseShare(value: string): number {
  const number = Number(value);
  if (!(number > 0 && number <= 1)) throw new InvalidArgumentError('expected a number above 0 and at most 1.');
  return number;
}

/** For options that may repeat: each value joins the list. */
function collect(value: string, previous: unknown): string[] {
  return [...((previous as string[] | undefined) ?? []), value];
}

const SINCE_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `6h`, `2d` back from `now`, or an absolute date (a bare day is its start in UTC+7, WIB). */
export function parseSince(value: string, now: number = Date.now()): Date {
  const duration = /^(\d+)\s*([mhdw])$/i.exec(value.trim());
  if (duration) return new Date(now - Number(duration[1]) * SINCE_UNITS[duration[2]!.toLowerCase()]!);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00+07:00` : value.trim();
  const date = new Date(day);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('expected a date (2024-06-18, ISO 8601) or a duration such as 6h or 2d.');
  return date;
}

function parseCount(value: string, minimum: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) throw new InvalidArgumentError(`expected a whole number of at least ${minimum}.`);
  return number;
}

/** A duration that cannot be zero: a budget of nothing would fail every document. */
function parseBudget(value: string): number {
  const milliseconds = parseDuration(value);
  if (milliseconds < 1) throw new InvalidArgumentError('expected a duration above 0 such as 500ms or 10s.');
  return milliseconds;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, '': 1000 };

/** `500ms`, `2s`, `1m`, or bare seconds, to milliseconds. */
export function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|)$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a duration such as 500ms, 2s or 1m.');
  return Math.round(Number(match[1]) * DURATION_UNITS[match[2]!.toLowerCase()]!);
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `500k`, `10M`, `1G`, or bare bytes. */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?b?)$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 500k or 10M.');
  const bytes = Math.round(Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!);
  if (bytes < 1) throw new InvalidArgumentError('expected a size of at least one byte.');
  return bytes;
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
