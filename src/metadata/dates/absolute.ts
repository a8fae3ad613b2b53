/** Dates that name their day outright: ISO values, numeric dates, month names, Unix timestamps. */
import {
  expandYear,
  formatDateTime,
  formatDay,
  isPlausibleDay,
  localTime,
  type CalendarDay,
} from './calendar.js';
import { readClock, type MatchGroups } from './clock.js';
import { ABSOLUTE_PATTERNS, DATELINE_CLOSING, DATELINE_OPENING, UNIX_TIMESTAMP } from './patterns.js';
import type { Candidate, ParsedDate, Settings } from './types.js';
import { allMatches } from '../../text.js';
import { MONTH_NUMBERS } from './words.js';

/** Milliseconds are written with 13 digits, seconds with 10. */
const MILLISECOND_TIMESTAMP_DIGITS = 13;

/** Every absolute date expression in a line, overlapping ones included (the caller picks). */
export function findAbsoluteDates(line: string): Candidate[] {
  return ABSOLUTE_PATTERNS.flatMap((pattern) =>
    allMatches(pattern, line).map((match): Candidate => {
      const start = match.index;
      const end = start + match[0].length;
      const groups = match.groups ?? {};
      // `Selasa (18/6/2024)` is the story's own dateline inside the body: a real date, but never the page's.
      const inBodyDateline = DATELINE_OPENING.test(line.slice(0, start)) && DATELINE_CLOSING.test(line.slice(end));
      return { start, end, date: (settings) => (inBodyDateline ? null : absoluteDate(groups, settings)) };
    }),
  );
}

function absoluteDate(groups: MatchGroups, settings: Settings): ParsedDate | null {
  const day = calendarDay(groups);
  if (day === null || !isPlausibleDay(day, settings)) return null;
  const clock = readClock(groups, settings.defaultOffsetMinutes);
  if (clock === null) return null;
  return { iso: clock === undefined ? formatDay(day) : formatDateTime(day, clock), approximate: false };
}

function calendarDay({ year, month, monthName, day }: MatchGroups): CalendarDay | null {
  const monthNumber = monthName === undefined ? Number(month) : MONTH_NUMBERS.get(monthName.toLowerCase());
  if (year === undefined || day === undefined || monthNumber === undefined) return null;
  return { year: expandYear(year), month: monthNumber, day: Number(day) };
}

/**
 * A line that is only a Unix time (some sites' meta values), read as UTC; it means no date outside
 * the years a page can carry. Undefined when the line is not one.
 */
export function unixTimestamp(line: string): Candidate | undefined {
  const digits = UNIX_TIMESTAMP.exec(line)?.groups?.digits;
  if (digits === undefined) return undefined;
  const epochMs = digits.length === MILLISECOND_TIMESTAMP_DIGITS ? Number(digits) : Number(digits) * 1000;
  const { day, clock } = localTime(epochMs, 0);
  const date = { iso: formatDateTime(day, clock), approximate: false };
  return { start: 0, end: line.length, date: (settings) => (isPlausibleDay(day, settings) ? date : null) };
}
