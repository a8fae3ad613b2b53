/** The time-of-day tail of a date expression: hour, minute, second, 12-hour marker and zone. */
import { parseOffset, type Clock } from './calendar.js';
import { INDONESIAN_ZONE_OFFSETS } from './words.js';

export type MatchGroups = Partial<Record<string, string>>;

/**
 * The clock a match's tail states: undefined when the text gives no time, null when the time is
 * impossible (`25:00`, `13:00 PM`) or its zones contradict each other (`WIB ... +08:00`). Without a
 * stated zone the default offset applies; a stated zone is kept as written, never converted.
 */
export function readClock(groups: MatchGroups, defaultOffsetMinutes: number): Clock | null | undefined {
  if (groups.hour === undefined || groups.minute === undefined) return undefined;
  const hour = twentyFourHour(Number(groups.hour), groups.meridiem);
  const minute = Number(groups.minute);
  const second = Number(groups.second ?? 0);
  if (hour === null || hour > 23 || minute > 59 || second > 59) return null;
  const offsetMinutes = statedOffset(groups, defaultOffsetMinutes);
  return offsetMinutes === null ? null : { hour, minute, second, offsetMinutes };
}

function twentyFourHour(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
}

/**
 * Every zone the tail names must agree: a broken template may write one twice (`+07:00+07:00`,
 * `2019-09-28WIB19:17:34+07:00`), which is fine, but two different ones leave no right answer.
 */
function statedOffset(groups: MatchGroups, defaultOffsetMinutes: number): number | null {
  const stated: (number | null)[] = [];
  for (const zone of [groups.infixZone, groups.localZone]) {
    if (zone !== undefined) stated.push(INDONESIAN_ZONE_OFFSETS.get(zone.toLowerCase()) ?? null);
  }
  if (groups.universalZone !== undefined) stated.push(groups.zoneShift ? parseOffset(groups.zoneShift) : 0);
  for (const offset of [groups.offset, groups.repeatedOffset]) {
    if (offset !== undefined) stated.push(parseOffset(offset));
  }
  const [first = defaultOffsetMinutes] = stated;
  return stated.every((offset) => offset === first) ? first : null;
}
