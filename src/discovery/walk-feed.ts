import { Selection } from './entries.js';
import { notAListing } from './failures.js';
import { readFeed } from './feed.js';
import { findFeedLinks } from './feed-links.js';
import { describeListing, identifyListing, listingText } from './listing.js';
import type { DiscoveredUrl, DiscoveryOptions, FetchListing } from './types.js';

/**
 * Article URLs of a feed: RSS 2.0 (item link/guid, pubDate), Atom (entry link rel=alternate href,
 * published/updated), and autodiscovery: given an HTML page, follow its first
 * `<link rel="alternate" type="application/rss+xml|atom+xml">`. Entries come in listed order, each
 * URL once; `since` keeps undated entries.
 *
 * @example
 * for await (const { url } of discoverFeed('https://a.id/', fetchListing, { since: null, max: 20 })) { ... }
 */
export async function* discoverFeed(url: string, fetchListing: FetchListing, options: DiscoveryOptions): AsyncGenerator<DiscoveredUrl> {
  const selection = new Selection(options);
  if (selection.full) return;
  for (const entry of await fetchFeedEntries(url, fetchListing)) {
    if (selection.full) return;
    if (selection.take(entry)) yield entry;
  }
}

async function fetchFeedEntries(url: string, fetchListing: FetchListing): Promise<DiscoveredUrl[]> {
  const page = await fetchListing(url);
  const text = listingText(page.bytes, page.contentType, page.url);
  const listing = identifyListing(text);
  if (listing.kind !== 'html') return readFeed(listing, page.url);
  const [feedUrl] = findFeedLinks(text, page.url);
  if (feedUrl === undefined) throw notAListing(url, 'feed', 'an HTML page without <link rel="alternate"> to an RSS or Atom feed');
  const feed = await fetchListing(feedUrl);
  const announced = identifyListing(listingText(feed.bytes, feed.contentType, feed.url));
  // One hop only: a page announcing another page is a broken site, not a chain to follow.
  if (announced.kind === 'html') throw notAListing(url, 'feed', `an HTML page announcing ${feedUrl} as its feed, which is ${describeListing(announced)}`);
  return readFeed(announced, feed.url);
}
