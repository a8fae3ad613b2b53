import { charsetOf, mediaType } from '../content-type.js';
import { absoluteHttpUrl } from '../url.js';

/** What a WARC record says about itself in its WARC and HTTP headers: enough to choose it. */
export interface WarcRecordFacts {
  /** WARC-Type: `response`, `resource`, `request`, `revisit`, `warcinfo`, `metadata`... */
  type: string | null;
  targetUri: string | null;
  date: string | null;
  /** The record block's own Content-Type (a `resource` record's page type). */
  contentType: string | null;
  /** What Common Crawl detected the payload to be (`WARC-Identified-Payload-Type`). */
  identifiedPayloadType: string | null;
  httpStatus: number | null;
  httpContentType: string | null;
}

/** An archived page to clean, as its record describes it. */
export interface ArchivedPage {
  url: string | null;
  /** WARC-Date: when the page was archived, the reference time for "2 jam yang lalu". */
  date: Date | null;
  charset: string | null;
  /** No type was given: the payload is kept only if it looks like HTML. */
  sniff: boolean;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Only 200 (and 203, a proxy's copy of the whole page): redirects, errors and partial content (206)
 * are not the page. Other records (requests, metadata, `revisit`s, which hold no payload) and non-HTML
 * payloads are no page either. A `resource` record (a page stored without its HTTP exchange) counts
 * when its own Content-Type is HTML.
 */
export function archivedPage(facts: WarcRecordFacts): ArchivedPage | null {
  const date = facts.date === null ? null : new Date(facts.date);
  const page = { url: targetUrl(facts.targetUri), date: date && !Number.isNaN(date.getTime()) ? date : null };
  if (facts.type === 'resource') {
    return HTML_TYPES.has(mediaType(facts.contentType)) ? { ...page, charset: charsetOf(facts.contentType), sniff: false } : null;
  }
  if (facts.type !== 'response' || (facts.httpStatus !== 200 && facts.httpStatus !== 203)) return null;
  const type = mediaType(facts.httpContentType) || mediaType(facts.identifiedPayloadType);
  if (type && !HTML_TYPES.has(type)) return null;
  return { ...page, charset: charsetOf(facts.httpContentType), sniff: !type };
}

/** The page's address: WARC 1.0 writers may wrap the target URI in angle brackets; only http(s) is a page. */
function targetUrl(uri: string | null): string | null {
  return uri === null ? null : absoluteHttpUrl(uri.trim().replace(/^<(.*)>$/, '$1'), null);
}
