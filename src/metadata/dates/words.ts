/**
 * The words a date line is made of, as lookup tables and regex alternations.
 *
 * Month and weekday spellings come from the boilerplate phrase lists so that the cleaner and the
 * date parser agree on what a date looks like; the relative-time words live here.
 */
import {
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  INDONESIAN_MONTHS,
  INDONESIAN_WEEKDAYS,
  TIME_ZONES,
} from '../../clean/phrases/index.js';

/** Month number (1-12) of every spelling in either language, lower-cased: `agt` → 8, `may` → 5. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  [INDONESIAN_MONTHS, ENGLISH_MONTHS].flatMap((months) =>
    months.flatMap((names, index) => names.map((name) => [name.toLowerCase(), index + 1] as const)),
  ),
);

/** Offsets in minutes of Indonesia's western, central and eastern zones. */
export const INDONESIAN_ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['wib', 7 * 60],
  ['wita', 8 * 60],
  ['wit', 9 * 60],
]);

/** Zones at +00:00 unless a shift follows them (`GMT+7`, `UTC+07:00`); ISO's `Z` is one too. */
export const UNIVERSAL_ZONES: readonly string[] = [
  ...TIME_ZONES.filter((zone) => !INDONESIAN_ZONE_OFFSETS.has(zone.toLowerCase())),
  'Z',
];

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** `2 jam yang lalu`, `5 menit lalu`, `2 hours ago`: the unit word, lower-cased, to its unit. */
export const RELATIVE_UNITS: ReadonlyMap<string, RelativeUnit> = new Map([
  ...(['detik', 'dtk', 'second', 'seconds', 'sec', 'secs'] as const).map((word) => [word, 'second'] as const),
  ...(['menit', 'mnt', 'minute', 'minutes', 'min', 'mins'] as const).map((word) => [word, 'minute'] as const),
  ...(['jam', 'hour', 'hours', 'hr', 'hrs'] as const).map((word) => [word, 'hour'] as const),
  ...(['hari', 'day', 'days'] as const).map((word) => [word, 'day'] as const),
  ...(['minggu', 'pekan', 'week', 'weeks'] as const).map((word) => [word, 'week'] as const),
  ...(['bulan', 'month', 'months'] as const).map((word) => [word, 'month'] as const),
  ...(['tahun', 'year', 'years'] as const).map((word) => [word, 'year'] as const),
]);

/** Spelled-out "one" before a unit: `satu jam`, `an hour`, `a day` (`sejam` is glued, see the pattern). */
export const ONE_WORDS = ['satu', 'one', 'an', 'a'] as const;

/** Words for "now": resolved to the reference time itself. */
export const JUST_NOW_WORDS = ['baru saja', 'barusan', 'just now'] as const;

/** Words naming a day by its distance from the reference day (`kemarin lusa` is the day before yesterday). */
export const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['kemarin lusa', -2],
  ['kemarin', -1],
  ['yesterday', -1],
  ['hari ini', 0],
  ['today', 0],
]);

export const WEEKDAYS: readonly string[] = [...INDONESIAN_WEEKDAYS, ...ENGLISH_WEEKDAYS];

/** Regex alternation of literal words, longest first so that `Juni` wins over `Jun`; spaces match any run. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
