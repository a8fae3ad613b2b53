import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { charsetOf, mediaType } from '../content-type.js';
import {
  ContentTypeError,
  FetchTimeoutError,
  HttpStatusError,
  KlipingError,
  NetworkError,
  RedirectError,
  RobotsDisallowedError,
  TooLargeError,
  UnsupportedInputError,
} from '../errors.js';
import { FETCH_MAX_HEADER_BYTES, ROBOTS_MAX_BYTES } from '../settings.js';
import { readBody } from './body.js';
import { startDeadline } from './deadline.js';
import { asFetchError } from './failures.js';
import { HostGate, sleep } from './hosts.js';
import type { FetchOptions } from './options.js';
import { isRetryableStatus, retryDelayMs } from './retry.js';
import { RobotsCache } from './robots.js';

/** A fetched page: its bytes and what the response said about them. */
export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  bytes: Buffer;
  contentType: string | null;
  /** The charset the `Content-Type` header names, if any. */
  charset: string | null;
  /** The server's `Date` (else the local time of the response): the reference for relative dates. */
  date: Date;
  etag: string | null;
  lastModified: string | null;
}

/** Validators from an earlier fetch, for a conditional request. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** The page did not change since the validators were taken (HTTP 304). */
export const NOT_MODIFIED = Symbol('not modified');

/** What each kind of fetch accepts: pages to clean, or the sitemaps and feeds that list them. */
const ACCEPTED_TYPES = {
  page: /^(?:text\/html|application\/xhtml\+xml|text\/plain)$/i,
  listing: /^(?:text\/html|application\/xhtml\+xml|text\/plain|(?:text|application)\/(?:[\w.+-]+\+)?xml|application\/(?:x-)?gzip|application\/octet-stream)$/i,
} as const;

export type FetchKind = keyof typeof ACCEPTED_TYPES;

/**
 * The fetch stage's client: undici with keep-alive and one connection per host (proxies from
 * HTTP(S)_PROXY/NO_PROXY), robots.txt obeyed with its crawl delay, a polite delay between requests
 * to one host, retries with backoff on network errors, 429 and 5xx, redirects followed by hand
 * (only to http and https, a bounded number, never in a loop), a size limit on the headers and on
 * the inflated body, and a time limit on each whole request.
 */
export class Fetcher {
  private readonly dispatcher: Dispatcher;
  private readonly gate: HostGate;
  private readonly robots: RobotsCache;

  constructor(private readonly options: FetchOptions) {
    this.dispatcher = new EnvHttpProxyAgent({
      connections: 1,
      connect: { timeout: options.timeoutMs },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      maxHeaderSize: FETCH_MAX_HEADER_BYTES,
    });
    this.gate = new HostGate(options.delayMs);
    this.robots = new RobotsCache(options.userAgent, (url) => this.fetchRobots(url));
  }

  /** Fetches a page; `NOT_MODIFIED` when validators were given and the server says nothing changed. */
  async fetch(url: string, validators: Validators = {}, kind: FetchKind = 'page'): Promise<FetchedPage | typeof NOT_MODIFIED> {
    checkScheme(url, url);
    const visited = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop += 1) {
      if (visited.has(current)) throw new RedirectError(`redirect loop at ${current}`, { input: url });
      if (hop > this.options.maxRedirects) throw new RedirectError(`more than ${this.options.maxRedirects} redirects`, { input: url });
      visited.add(current);
      await this.checkRobots(current, url);
      const response = await this.withRetries(url, () => this.get(current, url, hop === 0 ? validators : {}, kind));
      if ('location' in response) {
        current = checkScheme(redirectTarget(response.location, current, url), url);
        continue;
      }
      return response.page;
    }
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  private async checkRobots(target: string, input: string): Promise<void> {
    if (!this.options.obeyRobots) return;
    const rules = await this.robots.forUrl(target);
    const host = new URL(target).host;
    if (rules.crawlDelayMs !== null) this.gate.setDelay(host, rules.crawlDelayMs);
    if (!rules.isAllowed(target)) {
      throw new RobotsDisallowedError(`${rules.why ?? `disallowed by ${new URL(target).origin}/robots.txt`} (--ignore-robots to override)`, { input });
    }
  }

  private async withRetries<T>(input: string, attempt: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries += 1) {
      try {
        return await attempt();
      } catch (error) {
        const retryAfter = error instanceof RetryableStatus ? error.retryAfter : null;
        const final = error instanceof RetryableStatus ? error.asError(input) : error;
        if (tries >= this.options.retries || !isRetryable(error)) throw final;
        await sleep(retryDelayMs(tries + 1, retryAfter));
      }
    }
  }

  /** One GET through the host's gate. */
  private get(target: string, input: string, validators: Validators, kind: FetchKind): Promise<{ page: FetchedPage | typeof NOT_MODIFIED } | { location: string }> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: kind === 'page' ? 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1' : 'application/xml,text/xml;q=0.9,application/rss+xml,application/atom+xml,text/html;q=0.8,*/*;q=0.1',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    return this.gate.run(new URL(target).host, () => this.withDeadline(input, (signal) => this.answer(target, input, headers, kind, signal)));
  }

  /** Runs one request under `--timeout`, which bounds it whole: connecting, headers and every byte of the body. */
  private async withDeadline<T>(input: string, request: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const deadline = startDeadline(this.options.timeoutMs, input);
    try {
      return await request(deadline.signal);
    } finally {
      deadline.clear();
    }
  }

  /** The response to one GET: the page, a redirect to follow, or a thrown failure. */
  private async answer(target: string, input: string, headers: Record<string, string>, kind: FetchKind, signal: AbortSignal): Promise<{ page: FetchedPage | typeof NOT_MODIFIED } | { location: string }> {
    const response = await send(this.dispatcher, target, headers, input, signal);
    const header = (name: string): string | null => firstHeader(response.headers[name]);
    if (response.statusCode >= 300 && response.statusCode < 400 && response.statusCode !== 304) {
      await response.body.dump();
      const location = header('location');
      if (!location) throw new RedirectError(`HTTP ${response.statusCode} without a Location`, { input });
      return { location };
    }
    if (response.statusCode === 304) {
      await response.body.dump();
      return { page: NOT_MODIFIED };
    }
    if (response.statusCode < 200 || response.statusCode >= 300) {
      await response.body.dump();
      if (isRetryableStatus(response.statusCode)) throw new RetryableStatus(response.statusCode, header('retry-after'));
      throw new HttpStatusError(`HTTP ${response.statusCode}`, { input });
    }
    const contentType = header('content-type');
    const media = mediaType(contentType);
    if (media && !ACCEPTED_TYPES[kind].test(media)) {
      await response.body.dump();
      throw new ContentTypeError(`not a page: Content-Type ${media}`, { input });
    }
    const length = Number(header('content-length'));
    if (!header('content-encoding') && length > this.options.maxBytes) {
      await response.body.dump();
      throw new TooLargeError(`body of ${length} bytes is larger than ${this.options.maxBytes} (--max-bytes)`, { input });
    }
    const bytes = await readBody(response.body, header('content-encoding'), this.options.maxBytes, input).catch((error: unknown) => {
      throw asFetchError(error, input);
    });
    const served = Date.parse(header('date') ?? '');
    return {
      page: {
        url: target,
        bytes,
        contentType,
        charset: charsetOf(contentType),
        date: Number.isNaN(served) ? new Date() : new Date(served),
        etag: header('etag'),
        lastModified: header('last-modified'),
      },
    };
  }

  /** robots.txt through the same polite client, without retries: it decides before any page is asked. */
  private async fetchRobots(url: string): Promise<{ status: number; text: string }> {
    return this.gate.run(new URL(url).host, () =>
      this.withDeadline(url, async (signal) => {
        const response = await send(this.dispatcher, url, { 'user-agent': this.options.userAgent }, url, signal);
        if (response.statusCode !== 200) {
          await response.body.dump();
          return { status: response.statusCode, text: '', location: firstHeader(response.headers.location) };
        }
        const bytes = await readBody(response.body, firstHeader(response.headers['content-encoding']), ROBOTS_MAX_BYTES, url).catch(() => Buffer.alloc(0));
        return { status: 200, text: bytes.toString('utf8') };
      }),
    );
  }
}

/** A 429 or 5xx, thrown inside an attempt so the retry loop sees it. */
class RetryableStatus extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter: string | null,
  ) {
    super(`HTTP ${status}`);
  }

  asError(input: string): KlipingError {
    return new HttpStatusError(`HTTP ${this.status}${this.status === 429 ? ' (too many requests)' : ''}`, { input });
  }
}

/** Server trouble, slowness and broken connections may pass; a bad host name, TLS or HTTP will not. */
function isRetryable(error: unknown): boolean {
  return error instanceof RetryableStatus || error instanceof FetchTimeoutError || error instanceof NetworkError;
}

async function send(dispatcher: Dispatcher, url: string, headers: Record<string, string>, input: string, signal: AbortSignal): Promise<Dispatcher.ResponseData> {
  try {
    return await request(url, { dispatcher, method: 'GET', headers, signal });
  } catch (error) {
    throw asFetchError(error, input);
  }
}

/** Where a Location header points, resolved against the URL that sent it. */
function redirectTarget(location: string, from: string, input: string): string {
  try {
    return new URL(location, from).href;
  } catch {
    const shown = location.length > 200 ? `${location.slice(0, 200)}…` : location;
    throw new RedirectError(`redirect to an invalid URL: ${JSON.stringify(shown)}`, { input });
  }
}

function checkScheme(url: string, input: string): string {
  const protocol = new URL(url).protocol;
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw (url === input
      ? new UnsupportedInputError(`unsupported scheme "${protocol}" (only files, folders, - and http(s) URLs)`, { input })
      : new RedirectError(`redirect to a ${protocol} URL refused`, { input }));
  }
  return url;
}

function firstHeader(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
