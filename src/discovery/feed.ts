import { absoluteHttpUrl, listingDate } from './entries.js';
import { notAListing } from './failures.js';
import { describeListing, identifyListing, type Listing } from './listing.js';
import type { DiscoveredUrl } from './types.js';
import { attribute, children, childText, textOf, type XmlElement } from './xml.js';

/**
 * The article URLs of an RSS 2.0 or Atom feed in listed order, relative links resolved against the
 * feed's URL, links that are not http(s) left out.
 *
 * @example
 * parseFeed('<rss><channel><item><link>/berita/1</link><pubDate>Tue, 18 Jun 2024 07:05:00 +0700</pubDate></item></channel></rss>', 'https://a.id/feed');
 * // [{ url: 'https://a.id/berita/1', published: '2024-06-18T07:05:00+07:00' }]
 */
export function parseFeed(xml: string, feedUrl: string): DiscoveredUrl[] {
  return readFeed(identifyListing(xml), feedUrl);
}

export function readFeed(listing: Listing, feedUrl: string): DiscoveredUrl[] {
  if (listing.kind === 'rss') return children(listing.root, 'channel').flatMap((channel) => children(channel, 'item').flatMap((item) => entry(rssLink(item), rssDate(item), feedUrl)));
  if (listing.kind === 'atom') return children(listing.root, 'entry').flatMap((item) => entry(atomLink(item), atomDate(item), feedUrl));
  throw notAListing(feedUrl, 'feed', describeListing(listing));
}

function entry(link: string | null, date: string | null, feedUrl: string): DiscoveredUrl[] {
  const url = absoluteHttpUrl(link, feedUrl);
  return url === null ? [] : [{ url, published: listingDate(date) }];
}

/** `<link>`, else a `<guid>` that is a permalink (RSS says it is one unless `isPermaLink="false"`). */
function rssLink(item: XmlElement): string | null {
  const link = childText(item, 'link');
  if (link !== null) return link;
  const [guid] = children(item, 'guid');
  return guid !== undefined && attribute(guid, 'isPermaLink') !== 'false' ? textOf(guid) : null;
}

/** `pubDate`, else the Dublin Core date some feed generators write instead. */
function rssDate(item: XmlElement): string | null {
  return childText(item, 'pubDate') ?? childText(item, 'dc:date');
}

/** The first `rel="alternate"` link (Atom's default rel): `self`, `edit`, `enclosure` point elsewhere. */
function atomLink(item: XmlElement): string | null {
  const alternate = children(item, 'link').find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate');
  return alternate === undefined ? null : attribute(alternate, 'href');
}

function atomDate(item: XmlElement): string | null {
  return childText(item, 'published') ?? childText(item, 'updated');
}
