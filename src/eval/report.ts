/**
 * How `npm run eval` shows its results: a table line per corpus (figures to 4 places, as score.py prints
 * them), optional per-page lines before it, or the whole result as one JSON object.
 */
import type { CorpusResult, PageResult, Tally } from './evaluate.js';
import type { FloorViolation } from './floors.js';

const COLUMNS: [header: string, width: number][] = [
  ['corpus', 30], ['pages', 5], ['P', 6], ['R', 6], ['F1', 6], ['acc', 6], ['leaked', 6], ['dup', 4],
  ['title', 7], ['published', 9], ['author', 7], ['non-article', 11],
];

export function formatTable(results: CorpusResult[]): string[] {
  return [formatRow(COLUMNS.map(([header]) => header)), ...results.map(formatCorpusRow)];
}

function formatCorpusRow({ name, summary }: CorpusResult): string {
  return formatRow([
    name,
    String(summary.pages),
    ...[summary.precision, summary.recall, summary.f1, summary.accuracy].map((value) => value.toFixed(4)),
    String(summary.leaked),
    String(summary.dup),
    ...[summary.title, summary.published, summary.author, summary.nonArticle].map(formatTally),
  ]);
}

function formatRow(cells: string[]): string {
  return cells
    .map((cell, index) => (index === 0 ? cell.padEnd(COLUMNS[0]?.[1] ?? 0) : cell.padStart(COLUMNS[index]?.[1] ?? 0)))
    .join('  ');
}

/** `-` where the gold has no such field, so "0/0" never reads as a failure. */
function formatTally({ hit, total }: Tally): string {
  return total === 0 ? '-' : `${hit}/${total}`;
}

/** One line per page, score.py's `--pages` fields first, then what went wrong with the metadata. */
export function formatPageLines(result: CorpusResult): string[] {
  return result.pages.map((page) => [`${result.name}/${page.id}`, ...pageFields(page)].join('\t'));
}

function pageFields(page: PageResult): string[] {
  return [
    `P ${page.precision.toFixed(3)}`,
    `R ${page.recall.toFixed(3)}`,
    `leaked ${page.leaked}`,
    `dup ${page.dup}`,
    ...page.misses.map((miss) => `${miss.field} want ${JSON.stringify(miss.want)} got ${JSON.stringify(miss.got)}`),
    ...(page.error === undefined ? [] : [`error ${page.error}`]),
  ];
}

/** Pages `clean()` threw on, which counted as empty outputs. */
export function formatErrors(result: CorpusResult): string[] {
  return result.pages
    .filter((page) => page.error !== undefined)
    .map((page) => `error ${result.name}/${page.id}: ${page.error}`);
}

/** `id-news f1: measured 0.9412, floor 0.943`: the measured figure unrounded, so it never looks equal. */
export function formatViolation({ corpus, metric, measured, floor }: FloorViolation): string {
  const bound = metric.startsWith('max') ? 'maximum' : 'floor';
  const shown = measured === null ? 'not measured (no page of the corpus counts for it)' : `measured ${measured}`;
  return `${corpus} ${metric}: ${shown}, ${bound} ${floor}`;
}

export interface JsonReport {
  corpora: CorpusResult[];
  skipped: string[];
  violations?: FloorViolation[];
}

/** The full result; per-page entries only with `--pages`, errors always. */
export function toJson(report: JsonReport, withPages: boolean): string {
  const corpora = report.corpora.map(({ pages, ...rest }) => ({
    ...rest,
    errors: pages.filter((page) => page.error !== undefined).map(({ id, error }) => ({ id, error })),
    ...(withPages ? { pages } : {}),
  }));
  return JSON.stringify({ ...report, corpora }, null, 2);
}
