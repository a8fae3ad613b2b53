import { UsageError } from '../errors.js';
import { parseDate } from '../metadata/dates/index.js';
import { LISTING_DEFAULT_OFFSET } from '../settings.js';
import type { DiscoveredUrl, DiscoveryOptions } from './types.js';

export { absoluteHttpUrl } from '../url.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A listing's date (W3C datetime, RFC 822) as ISO 8601 with its offset as written; null when it has none. */
export function listingDate(text: string | null): string | null {
  return text === null ? null : (parseDate(text, { defaultOffset: LISTING_DEFAULT_OFFSET })?.iso ?? null);
}

/**
 * True when a listing date is at or after `since`. A date-only value covers its whole day (in WIB),
 * so `2024-06-18` is kept for a `since` of that day's noon: a cron run must not lose the afternoon.
 */
export function isAtOrAfter(iso: string, since: Date): boolean {
  const latest = iso.length === 10 ? Date.parse(`${iso}T00:00:00${LISTING_DEFAULT_OFFSET}`) + DAY_MS - 1 : Date.parse(iso);
  return latest >= since.getTime();
}

/**
 * The caller's `since` and `max` over one walk, and the URLs already yielded so a URL listed twice
 * (in one listing, or in two sitemaps of one index) comes out once. One per walk: no global state.
 */
export class Selection {
  private readonly seen = new Set<string>();

  constructor(private readonly options: DiscoveryOptions) {
    if (options.max !== null && !(Number.isInteger(options.max) && options.max >= 0)) throw new UsageError(`max must be a whole number >= 0, not ${options.max}`);
    if (options.since !== null && Number.isNaN(options.since.getTime())) throw new UsageError('since is an invalid date');
  }

  get full(): boolean {
    return this.options.max !== null && this.seen.size >= this.options.max;
  }

  /** Whether a listing date passes `since`; an undated entry passes, since nothing says it is old. */
  isRecent(date: string | null): boolean {
    return this.options.since === null || date === null || isAtOrAfter(date, this.options.since);
  }

  /** Takes an entry to yield: false when it is old, already yielded, or `max` is reached. */
  take(entry: DiscoveredUrl): boolean {
    if (this.full || this.seen.has(entry.url) || !this.isRecent(entry.published)) return false;
    this.seen.add(entry.url);
    return true;
  }
}
