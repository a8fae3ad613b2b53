/**
 * Dates given relative to the moment the page was read (`2 jam yang lalu`, `kemarin 10:15`),
 * resolved against the context's reference time and marked approximate. With no reference they
 * are still found (so that they are not mistaken for something else) but mean no date.
 */
import {
  addDays,
  addMonths,
  formatDateTime,
  formatDay,
  isPlausibleDay,
  localTime,
  type CalendarDay,
} from './calendar.js';
import { readClock, type MatchGroups } from './clock.js';
import { AGO, DAY_WORD, JUST_NOW } from './patterns.js';
import type { Candidate, ParsedDate, Settings } from './types.js';
import { allMatches } from '../../text.js';
import { DAY_WORDS, RELATIVE_UNITS, type RelativeUnit } from './words.js';

/** Units short enough that the result keeps its time of day; longer ones give only the day. */
const UNIT_MS: Partial<Record<RelativeUnit, number>> = { second: 1_000, minute: 60_000, hour: 3_600_000 };
const DAYS_PER_WEEK = 7;
const MONTHS_PER_YEAR = 12;

export function findRelativeDates(line: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (match: RegExpExecArray, date: Candidate['date']) => {
    found.push({ start: match.index, end: match.index + match[0].length, date });
  };
  for (const match of allMatches(AGO, line)) add(match, (settings) => ago(match.groups ?? {}, settings));
  for (const match of allMatches(JUST_NOW, line)) add(match, atReference);
  for (const match of allMatches(DAY_WORD, line)) {
    const groups = match.groups ?? {};
    // `hari ini` alone is a heading ("Berita hari ini"), not a date; with a time it is one.
    if (DAY_WORDS.get(dayWordKey(groups)) === 0 && groups.hour === undefined) continue;
    add(match, (settings) => namedDay(groups, settings));
  }
  return found;
}

function ago({ amount = '', unit = '' }: MatchGroups, settings: Settings): ParsedDate | null {
  const relativeUnit = RELATIVE_UNITS.get(unit.toLowerCase());
  if (settings.referenceMs === undefined || relativeUnit === undefined) return null;
  const count = /^\d+$/.test(amount) ? Number(amount) : 1;
  const unitMs = UNIT_MS[relativeUnit];
  if (unitMs !== undefined) {
    const { day, clock } = localTime(settings.referenceMs - count * unitMs, settings.defaultOffsetMinutes);
    return approximate(day, settings, formatDateTime(day, clock));
  }
  const today = localTime(settings.referenceMs, settings.defaultOffsetMinutes).day;
  const day =
    relativeUnit === 'day' || relativeUnit === 'week'
      ? addDays(today, -count * (relativeUnit === 'week' ? DAYS_PER_WEEK : 1))
      : addMonths(today, -count * (relativeUnit === 'year' ? MONTHS_PER_YEAR : 1));
  return approximate(day, settings, formatDay(day));
}

function atReference(settings: Settings): ParsedDate | null {
  if (settings.referenceMs === undefined) return null;
  const { day, clock } = localTime(settings.referenceMs, settings.defaultOffsetMinutes);
  return approximate(day, settings, formatDateTime(day, clock));
}

/** `kemarin`, `hari ini 07:30 WITA`: the day is counted in the zone the time is given in. */
function namedDay(groups: MatchGroups, settings: Settings): ParsedDate | null {
  const shift = DAY_WORDS.get(dayWordKey(groups));
  if (settings.referenceMs === undefined || shift === undefined) return null;
  const clock = readClock(groups, settings.defaultOffsetMinutes);
  if (clock === null) return null;
  const zone = clock?.offsetMinutes ?? settings.defaultOffsetMinutes;
  const day = addDays(localTime(settings.referenceMs, zone).day, shift);
  return approximate(day, settings, clock === undefined ? formatDay(day) : formatDateTime(day, clock));
}

function dayWordKey({ dayWord = '' }: MatchGroups): string {
  return dayWord.toLowerCase().replace(/\s+/g, ' ');
}

function approximate(day: CalendarDay, settings: Settings, iso: string): ParsedDate | null {
  return isPlausibleDay(day, settings) ? { iso, approximate: true } : null;
}
