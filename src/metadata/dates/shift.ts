import { formatDateTime, localTime, parseOffset } from './calendar.js';

/** The same instant written at another offset: `2016-02-16T02:10:56+00:00` at +07:00 is 09:10:56. */
export function atOffset(iso: string, offset: string): string {
  const minutes = parseOffset(offset);
  const instant = Date.parse(iso);
  if (minutes === null || !hasTime(iso) || Number.isNaN(instant)) return iso;
  const { day, clock } = localTime(instant, minutes);
  return formatDateTime(day, clock);
}

export function hasTime(iso: string): boolean {
  return iso.includes('T');
}

/** The offset part of an ISO date-time (`+07:00`), or null for a bare date. */
export function offsetOf(iso: string): string | null {
  return hasTime(iso) ? iso.slice(-6) : null;
}

/** Date and wall-clock minute as written, offset ignored: `2024-06-18T07:05`. */
export function wallMinute(iso: string): string {
  return iso.slice(0, 16);
}
