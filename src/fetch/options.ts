import {
  FETCH_CONCURRENCY,
  FETCH_DELAY_MS,
  FETCH_RETRIES,
  FETCH_TIMEOUT_MS,
  MAX_INPUT_BYTES,
  MAX_PAGES,
  MAX_REDIRECTS,
} from '../settings.js';

export interface FetchOptions {
  /** Requests in flight at once, all hosts together. */
  concurrency: number;
  /** Minimum time between the starts of two requests to one host. */
  delayMs: number;
  /** Limit on each request, from connecting to the last byte of the body. */
  timeoutMs: number;
  /** Further attempts after a network error, 429 or 5xx. */
  retries: number;
  /** Largest body, after decompression. */
  maxBytes: number;
  userAgent: string;
  obeyRobots: boolean;
  maxRedirects: number;
  /** Follow a story's pagination. */
  followPages: boolean;
  /** Pages of one story fetched at most, the first included. */
  maxPages: number;
}

export function defaultFetchOptions(version: string): FetchOptions {
  return {
    concurrency: FETCH_CONCURRENCY,
    delayMs: FETCH_DELAY_MS,
    timeoutMs: FETCH_TIMEOUT_MS,
    retries: FETCH_RETRIES,
    maxBytes: MAX_INPUT_BYTES,
    userAgent: `kliping/${version} (+https://www.npmjs.com/package/kliping)`,
    obeyRobots: true,
    maxRedirects: MAX_REDIRECTS,
    followPages: true,
    maxPages: MAX_PAGES,
  };
}
