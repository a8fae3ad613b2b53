import { charsetOf } from '../content-type.js';
import { TooLargeError } from '../errors.js';
import { inflateIfGzip } from '../input/gzip.js';
import { decodeBytes } from '../parse/index.js';
import { LISTING_MAX_INFLATED_BYTES } from '../settings.js';
import { parseXml, type XmlElement } from './xml.js';

/** What a fetched listing turned out to be. */
export type Listing =
  | { kind: 'sitemap-index' | 'urlset' | 'rss' | 'atom'; root: XmlElement }
  | { kind: 'html' }
  | { kind: 'other'; found: string };

const LISTING_ROOTS = new Map<string, 'sitemap-index' | 'urlset' | 'rss' | 'atom'>([
  ['sitemapindex', 'sitemap-index'],
  ['urlset', 'urlset'],
  ['rss', 'rss'],
  ['feed', 'atom'],
]);

/** Seen in text that did not parse as XML, it makes the text an HTML page (tag density alone would call broken XML HTML). */
const HTML_ELEMENT = /<(?:html|head|body)[\s>]/i;

/** The text of a fetched listing: gzip inflated (a `.xml.gz` comes as is, not as a Content-Encoding), then decoded. */
export function listingText(bytes: Buffer, contentType: string | null, url: string): string {
  return decodeBytes(inflateIfGzip(bytes, url, LISTING_MAX_INFLATED_BYTES, TooLargeError), charsetOf(contentType));
}

/** Reads a listing's text as a sitemap, a feed, an HTML page (for feed autodiscovery) or something else. */
export function identifyListing(text: string): Listing {
  const document = parseXml(text);
  if ('rootName' in document) {
    const kind = LISTING_ROOTS.get(document.rootName);
    if (kind) return { kind, root: document.root };
    // An HTML page that happens to parse as XML has the root `html`, or `!doctype` for `<!doctype html>`.
    if (/^(?:html|!doctype)$/i.test(document.rootName)) return { kind: 'html' };
    return { kind: 'other', found: `XML whose root is <${document.rootName}>` };
  }
  if (HTML_ELEMENT.test(text)) return { kind: 'html' };
  if (text.trim() === '') return { kind: 'other', found: 'an empty body' };
  return { kind: 'other', found: text.trimStart().startsWith('<') ? `XML that does not parse (${document.problem})` : 'text that is neither XML nor HTML' };
}

/** The listing in words, for error messages: "not a sitemap: found an RSS feed". */
export function describeListing(listing: Listing): string {
  switch (listing.kind) {
    case 'sitemap-index':
      return 'a sitemap index';
    case 'urlset':
      return 'a sitemap';
    case 'rss':
      return 'an RSS feed';
    case 'atom':
      return 'an Atom feed';
    case 'html':
      return 'an HTML page';
    case 'other':
      return listing.found;
  }
}
