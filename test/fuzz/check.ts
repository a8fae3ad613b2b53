import { performance } from 'node:perf_hooks';
import { clean, KlipingError } from '../../src/index.js';
import { formatText } from '../../src/output/format.js';
import type { ArticleRecord } from '../../src/record.js';
import { SourceText } from './source-text.js';

/** The wall-clock budget of one document: the default of `--doc-timeout`. */
export const DOCUMENT_BUDGET_MS = 10_000;

export type ViolationKind = 'crash' | 'hang' | 'foreign-text' | 'not-idempotent';

export interface Violation {
  kind: ViolationKind;
  detail: string;
}

export interface Checked {
  /** Wall time of the first `clean()`, the one the budget is about. */
  ms: number;
  /** The error code when kliping refused the input (a KlipingError: the document boundary). */
  refused: string | null;
  violations: Violation[];
}

/**
 * Cleans one input with the library and checks the properties every input must have:
 * (a) it returns or throws a KlipingError, nothing else; (b) within the budget; (c) every paragraph
 * is made of the input's text (see SourceText); (d) cleaning the `-f text` output again, as text,
 * gives the same paragraphs.
 */
export function checkDocument(input: string | Buffer): Checked {
  const started = performance.now();
  let article: ArticleRecord;
  try {
    article = clean(input, { name: 'fuzz.html' });
  } catch (error) {
    const ms = performance.now() - started;
    if (error instanceof KlipingError) return { ms, refused: error.code, violations: overBudget(ms) };
    return { ms, refused: null, violations: [{ kind: 'crash', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }, ...overBudget(ms)] };
  }
  const ms = performance.now() - started;
  return { ms, refused: null, violations: [...overBudget(ms), ...foreignText(input, article), ...notIdempotent(article)] };
}

function overBudget(ms: number): Violation[] {
  return ms > DOCUMENT_BUDGET_MS ? [{ kind: 'hang', detail: `${Math.round(ms)} ms` }] : [];
}

function foreignText(input: string | Buffer, article: ArticleRecord): Violation[] {
  if (article.paragraphs.length === 0) return [];
  const source = new SourceText(input, article.type);
  return article.paragraphs.flatMap((paragraph) => {
    const foreign = source.foreignWords(paragraph);
    return foreign.length > 0 ? [{ kind: 'foreign-text' as const, detail: `${JSON.stringify(foreign.slice(0, 5))} in ${JSON.stringify(paragraph.slice(0, 200))}` }] : [];
  });
}

/**
 * Property (d): kliping's `-f text` output, cleaned again as text, gives the same headline and
 * paragraphs. Narrowed for two documented reasons, each to the pass after it:
 * - a page read as HTML loses in its `-f text` form the structure the HTML rules read (list items
 *   and headings are kept where plain lines go as labels, `<br>`-ended bold runs are subheadings),
 *   and a headline ending in a full stop is no headline to text mode; so its first text pass may
 *   drop or reclassify lines;
 * - a pass that removed repeats judged trailing labels and teaser lists before dedupe (the clean
 *   stage runs first), with the repeats still among the blocks; so the next pass may find a list
 *   the repeats hid.
 * The first pass free of both must be a fixed point; at most three passes lead to it, as every
 * pass that removes repeats leaves fewer lines.
 */
function notIdempotent(article: ArticleRecord): Violation[] {
  try {
    let start = article;
    for (let pass = 0; pass < 3 && (start.type === 'html' || start.removed.duplicates > 0); pass += 1) {
      const text = formatText(start);
      if (text === '') return [];
      start = cleanText(text);
    }
    const output = formatText(start);
    if (output === '') return [];
    const again = cleanText(output);
    if (again.title === start.title && JSON.stringify(again.paragraphs) === JSON.stringify(start.paragraphs)) return [];
    return [{ kind: 'not-idempotent', detail: `${JSON.stringify([start.title, ...start.paragraphs].slice(0, 8))} became ${JSON.stringify([again.title, ...again.paragraphs].slice(0, 8))}` }];
  } catch (error) {
    return [{ kind: 'not-idempotent', detail: `cleaning the text output again threw ${String(error)}` }];
  }
}

function cleanText(text: string): ArticleRecord {
  return clean(text, { name: 'fuzz.txt', type: 'text' });
}
