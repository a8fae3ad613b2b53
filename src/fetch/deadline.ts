import { FetchTimeoutError } from '../errors.js';

/** A running time limit: its signal aborts with a FetchTimeoutError when the time is up. */
export interface Deadline {
  signal: AbortSignal;
  clear(): void;
}

/**
 * One timer for a whole request, from connecting to the last byte of the body. undici's own
 * timeouts measure each pause, so a server trickling a byte a second would never be cut off.
 */
export function startDeadline(ms: number, input: string): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchTimeoutError(`no complete response within ${formatDuration(ms)} (--timeout)`, { input })), ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** 2000 -> "2s", 1500 -> "1500ms": as a user would write it on the command line. */
function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
