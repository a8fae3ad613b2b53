/**
 * Calendar arithmetic on plain numbers. Everything goes through `Date.UTC` and `getUTC*`, so the
 * machine's own time zone never leaks into a result.
 */
import type { DateContext, Settings } from './types.js';

/** Online Indonesian news starts in the mid-1990s; an earlier year is a birth date or a history fact. */
const EARLIEST_YEAR = 1990;
/** Without a reference time, the latest year believed. */
const LATEST_YEAR_WITHOUT_REFERENCE = 2100;
/** With a reference time, how many years past it are believed (a page fetched on 31 December). */
const YEARS_AHEAD_OF_REFERENCE = 1;
/** Two-digit years from here up are the 1990s (`98` → 1998), the rest this century (`24` → 2024). */
const TWO_DIGIT_YEAR_PIVOT = 90;
/** The widest offset in use anywhere (UTC+14, Kiribati). */
const MAX_OFFSET_MINUTES = 14 * 60;
const DEFAULT_OFFSET = '+07:00';
const MS_PER_MINUTE = 60_000;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface Clock {
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number;
}

/** Checks a context once: a malformed `defaultOffset` is a caller's bug, so it throws rather than guesses. */
export function resolveSettings(context: DateContext): Settings {
  const offsetText = context.defaultOffset ?? DEFAULT_OFFSET;
  const defaultOffsetMinutes = parseOffset(offsetText);
  if (defaultOffsetMinutes === null) throw new RangeError(`Not a UTC offset: ${JSON.stringify(offsetText)}`);
  const referenceMs = context.reference?.getTime();
  const usableReference = referenceMs !== undefined && Number.isFinite(referenceMs) ? referenceMs : undefined;
  const latestYear =
    usableReference === undefined
      ? LATEST_YEAR_WITHOUT_REFERENCE
      : new Date(usableReference).getUTCFullYear() + YEARS_AHEAD_OF_REFERENCE;
  return { defaultOffsetMinutes, referenceMs: usableReference, latestYear };
}

/** `+07:00`, `+0700`, `+07`, `+7`, `- 5`, `Z` to minutes east of UTC; null when it is no offset. */
export function parseOffset(text: string): number | null {
  if (/^z$/i.test(text)) return 0;
  const match = /^([+-])\s?(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [, sign, hours = '0', minutes = '0'] = match;
  const total = Number(hours) * 60 + Number(minutes);
  if (Number(minutes) > 59 || total > MAX_OFFSET_MINUTES) return null;
  return sign === '-' ? -total : total;
}

/** A year as written, two digits or four, to four digits. */
export function expandYear(written: string): number {
  const year = Number(written);
  if (written.length !== 2) return year;
  return year >= TWO_DIGIT_YEAR_PIVOT ? 1900 + year : 2000 + year;
}

/** A day that exists (no 31 February) in a year a news page can carry. */
export function isPlausibleDay({ year, month, day }: CalendarDay, settings: Settings): boolean {
  if (year < EARLIEST_YEAR || year > settings.latestYear) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar day and wall-clock time at an instant, seen from a zone. */
export function localTime(epochMs: number, offsetMinutes: number): { day: CalendarDay; clock: Clock } {
  const shifted = new Date(epochMs + offsetMinutes * MS_PER_MINUTE);
  return {
    day: { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
    clock: {
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
      offsetMinutes,
    },
  };
}

export function addDays({ year, month, day }: CalendarDay, days: number): CalendarDay {
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Whole months back or forth; the day is clamped (31 March minus one month is 29 February). */
export function addMonths({ year, month, day }: CalendarDay, months: number): CalendarDay {
  const index = year * 12 + (month - 1) + months;
  const target = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  return { ...target, day: Math.min(day, daysInMonth(target.year, target.month)) };
}

export function formatDay({ year, month, day }: CalendarDay): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function formatDateTime(day: CalendarDay, { hour, minute, second, offsetMinutes }: Clock): string {
  return `${formatDay(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offsetMinutes)}`;
}

/** Always `±HH:MM`, `+00:00` for UTC: one shape for every result. */
function formatOffset(offsetMinutes: number): string {
  const magnitude = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(magnitude / 60))}:${pad(magnitude % 60)}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
