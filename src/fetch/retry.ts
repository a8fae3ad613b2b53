import { RETRY_BASE_MS, RETRY_MAX_WAIT_MS } from '../settings.js';

/** Statuses worth asking again: rate limiting and server trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501);
}

/**
 * How long to wait before attempt `attempt` (1 for the first retry): the server's `Retry-After`
 * when it gives one (seconds or an HTTP date), else exponential backoff with full jitter; never
 * more than RETRY_MAX_WAIT_MS, so a server cannot park a cron job for hours.
 */
export function retryDelayMs(attempt: number, retryAfter: string | null, now: number = Date.now(), random: () => number = Math.random): number {
  const asked = parseRetryAfter(retryAfter, now);
  const delay = asked ?? Math.round(random() * RETRY_BASE_MS * 2 ** (attempt - 1));
  return Math.min(Math.max(delay, 0), RETRY_MAX_WAIT_MS);
}

export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : date - now;
}
