/**
 * The date expressions the parser looks for, compiled once at module load.
 *
 * Each absolute pattern is a date core (the day) followed by an optional clock tail (time and zone);
 * the named groups are what `absolute.ts` and `clock.ts` read. Every repetition is bounded or
 * anchored on a digit or a word boundary, so a 300-character line can never backtrack badly.
 */
import {
  DAY_WORDS,
  INDONESIAN_ZONE_OFFSETS,
  JUST_NOW_WORDS,
  MONTH_NUMBERS,
  ONE_WORDS,
  RELATIVE_UNITS,
  UNIVERSAL_ZONES,
  WEEKDAYS,
  alternation,
} from './words.js';

const MONTH_NAME = String.raw`(?<monthName>${alternation(MONTH_NUMBERS.keys())})(?!\p{L})`;
const INDONESIAN_ZONE = alternation(INDONESIAN_ZONE_OFFSETS.keys());
const WEEKDAY = alternation(WEEKDAYS);
const ORDINAL = '(?:st|nd|rd|th)?';

/**
 * Between a date and its time: ISO's `T`, a zone glued in by a broken template (`2019-09-28WIB19:17`),
 * or up to two separators (`,` `-` `|` `·`) and a word (`pukul`, `jam`, `at`).
 */
const CLOCK_SEPARATOR = String.raw`(?:\s*(?:T|(?<infixZone>${INDONESIAN_ZONE}))\s*|\s*(?:[-–—|,·•/@]\s*){0,2}(?:(?:pukul|pkl\.?|jam|at)\s*)?)`;

/** `07:05`, `09.30`, `10:08:58.820`, `7:05 PM`. */
const TIME = String.raw`(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:[:.](?<second>\d{2})(?:[.,]\d{1,9})?)?(?!\d)(?:\s*(?<meridiem>[ap])\.?\s?m\.?(?!\p{L}))?`;

/** `UTC+7`, `GMT+07:00`, `GMT`, `Z`: a universal zone, shifted or not. */
const UNIVERSAL_ZONE = String.raw`(?<universalZone>${alternation(UNIVERSAL_ZONES)})(?:\s*(?<zoneShift>[+-]\s?\d{1,2}(?::?\d{2})?)(?!\d))?`;

/** `WIB`, `WITA`, `WIT` or a universal zone, after the time. */
const ZONE_NAME = String.raw`(?:\s*(?:(?<localZone>${INDONESIAN_ZONE})|${UNIVERSAL_ZONE})(?!\p{L}))?`;

/**
 * `+07:00`, `+0700`, written twice by a broken template (`+07:00+07:00`). One followed by an Indonesian
 * zone is the end of a time range (`10:00-12:00 WIB`), not an offset.
 */
const NUMERIC_OFFSET = String.raw`(?:\s*(?<offset>[+-]\d{2}:?\d{2})(?!\d)(?<repeatedOffset>[+-]\d{2}:?\d{2}(?!\d))?(?!\s*(?:${INDONESIAN_ZONE})(?!\p{L})))?`;

/** A date core with the optional clock tail, as a global Unicode case-insensitive pattern. */
function withClock(dateCore: string): RegExp {
  return new RegExp(`${dateCore}(?:${CLOCK_SEPARATOR}${TIME}${ZONE_NAME}${NUMERIC_OFFSET})?`, 'giu');
}

/** `2024-06-18`, `2024/06/18`, `2015-11-05 T10:08:58Z`: year first, as machines write it. */
const YEAR_FIRST = String.raw`(?<![\d/]|\d[-.])(?<year>\d{4})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?!\d)`;

/**
 * `18/06/2024`, `18-06-2024`, `18.06.2024`, `18/06/24`: always day first in Indonesia. A two-digit
 * year only after `/` or `-`: `1.2.24` is a version number, not a date.
 */
const DAY_FIRST = String.raw`(?<![\d/]|\d[-.])(?<day>\d{1,2})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<year>\d{4}|(?<=[-/])\d{2})(?!\d)`;

/** `18 Juni 2024`, `05 Nov 2015`, `04 November, 2015`, `18-Jun-2024`, `18th June 2024`. */
const DAY_MONTH_YEAR = String.raw`(?<!\d)(?<day>\d{1,2})${ORDINAL}(?:\s*[-/.]\s*|\s+)${MONTH_NAME}\.?(?:\s*[-/,]\s*|\s+)(?<year>\d{4})(?!\d)`;

/** `June 18, 2024`, `Jun 18 2024`, `Sept. 3rd, 2024`: the English order. */
const MONTH_DAY_YEAR = String.raw`(?<!\p{L})${MONTH_NAME}\.?\s*(?<day>\d{1,2})${ORDINAL}(?!\d)(?:\s*,\s*|\s+)(?<year>\d{4})(?!\d)`;

/** Absolute date expressions, each with an optional time. */
export const ABSOLUTE_PATTERNS: readonly RegExp[] = [YEAR_FIRST, DAY_FIRST, DAY_MONTH_YEAR, MONTH_DAY_YEAR].map(
  withClock,
);

/** A whole value that is nothing but a Unix time in seconds or milliseconds (`1718669100`). */
export const UNIX_TIMESTAMP = /^(?<digits>\d{10}|\d{13})$/;

const UNIT = alternation(RELATIVE_UNITS.keys());

/** `2 jam yang lalu`, `5 menit lalu`, `sejam lalu`, `satu hari silam`, `2 hours ago`, `an hour ago`. */
export const AGO = new RegExp(
  String.raw`(?<![\p{L}\d])(?<amount>\d{1,4}|se(?=(?:${UNIT})(?!\p{L}))|${alternation(ONE_WORDS)})\s*` +
    String.raw`(?<unit>${UNIT})(?!\p{L})\s*(?:yang\s+)?(?:lalu|silam|ago)(?!\p{L})`,
  'giu',
);

/** `baru saja`, `just now`. */
export const JUST_NOW = new RegExp(String.raw`(?<!\p{L})(?:${alternation(JUST_NOW_WORDS)})(?!\p{L})`, 'giu');

/** `kemarin`, `kemarin 10:15`, `hari ini, pukul 07.30 WIB`, `yesterday at 9:00 PM`. */
export const DAY_WORD = withClock(String.raw`(?<!\p{L})(?<dayWord>${alternation(DAY_WORDS.keys())})(?!\p{L})`);

/** What stands right before a date that is an in-body dateline: `Selasa (` of `Selasa (18/6/2024)`. */
export const DATELINE_OPENING = new RegExp(String.raw`(?<!\p{L})(?:${WEEKDAY})\s*\(\s*$`, 'iu');
export const DATELINE_CLOSING = /^\s*\)/;

/** `Selasa (18/6)`, `Kamis (5/11/2015)`, `Rabu (19-06-2024)`: the in-body dateline of Indonesian news. */
export const IN_BODY_DATELINE = new RegExp(
  String.raw`(?<!\p{L})(?:${WEEKDAY})\s*\(\s*\d{1,2}\s*[-/]\s*\d{1,2}(?:\s*[-/]\s*(?:\d{4}|\d{2}))?\s*\)`,
  'iu',
);
