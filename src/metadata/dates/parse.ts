/**
 * Our own small parser for the dates Indonesian news pages print: meta values (ISO, RFC 2822, broken
 * templates, Unix times), `<time>` texts and the visible line under a headline (`Selasa, 18 Juni 2024
 * | 07:05 WIB`), plus relative times (`2 jam yang lalu`) when the fetch time is known.
 *
 * Pure: no I/O, no global state, never the machine's time zone. A zone named in the text is kept as
 * written (`Z` stays `+00:00`); a text that names none gets the context's default offset.
 */
import { findAbsoluteDates, unixTimestamp } from './absolute.js';
import { resolveSettings } from './calendar.js';
import { IN_BODY_DATELINE } from './patterns.js';
import { findRelativeDates } from './relative.js';
import type { Candidate, DateContext, ParsedDate, Settings } from './types.js';

/** A longer text is body copy that mentions dates, not a date line. */
const MAX_DATE_LINE_CHARS = 300;

/**
 * The first date expression in a short text (a meta value, a `<time>` text or datetime, a visible
 * date line, possibly with a prefix such as `Kompas.com - ` or a byline), or null. With a
 * publication and an update date (`... Diperbarui ...`) this is the first one written.
 */
export function parseDate(text: string, context: DateContext = {}): ParsedDate | null {
  return parseDateUnder(text, [context])[0] ?? null;
}

/**
 * The first date of a short text under each context, as `parseDate` gives it: the text is read
 * once, only the dating of what it holds is done for each (a caller weighing two offsets).
 */
export function parseDateUnder(text: string, contexts: readonly DateContext[]): (ParsedDate | null)[] {
  const settings = contexts.map((context) => resolveSettings(context));
  const candidates = dateExpressions(text);
  return settings.map((each) => firstDate(candidates, each));
}

/** Every date in a short text, in reading order: the caller takes `modified` from the second. */
export function parseDates(text: string, context: DateContext = {}): ParsedDate[] {
  const settings = resolveSettings(context);
  return dateExpressions(text).flatMap((candidate) => {
    const date = candidate.date(settings);
    return date === null ? [] : [date];
  });
}

/** The date expressions of a short text in reading order (a Unix time alone is one); none in a long text. */
function dateExpressions(text: string): Candidate[] {
  const line = normalizeLine(text);
  if (line.length === 0 || line.length > MAX_DATE_LINE_CHARS) return [];
  const timestamp = unixTimestamp(line);
  if (timestamp !== undefined) return [timestamp];
  return readingOrder([...findAbsoluteDates(line), ...findRelativeDates(line)]);
}

function firstDate(candidates: readonly Candidate[], settings: Settings): ParsedDate | null {
  for (const candidate of candidates) {
    const date = candidate.date(settings);
    if (date !== null) return date;
  }
  return null;
}

/**
 * True when the text holds an in-body dateline, `Selasa (18/6)` or `Kamis (5/11/2015)`: the weekday
 * and day a story happened, written into its first sentence. Such a date is the news event's, not the
 * page's publication time, so callers refuse text where it is the only date.
 */
export function isInBodyDateline(text: string): boolean {
  return IN_BODY_DATELINE.test(normalizeLine(text));
}

/**
 * The expressions a reader would see, left to right: where patterns overlap (`2024-06-18` inside a
 * longer ISO value) the earliest and then longest wins, and the others go. A winner that means no
 * date (`31 Februari 2024`, a dateline) still takes its span, so no shorter reading of it slips in.
 */
function readingOrder(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const previous = kept.at(-1);
    if (previous === undefined || candidate.start >= previous.end) kept.push(candidate);
  }
  return kept;
}

/** One line, single spaces, typographic apostrophes as `'` (`Jum’at`). */
function normalizeLine(text: string): string {
  return text.replace(/[’‘′`]/g, "'").replace(/\s+/g, ' ').trim();
}
