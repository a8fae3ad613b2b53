/**
 * Discovery: the article URLs that news sitemaps and feeds list, for runs such as "every hour, take
 * the news sitemaps of ten sites and append the new articles". The walkers fetch through a
 * `FetchListing`; the parsers are pure and take text.
 */
export type { DiscoveredUrl, DiscoveryOptions, FetchListing } from './types.js';
export { discoverSitemap } from './walk-sitemap.js';
export { discoverFeed } from './walk-feed.js';
export { listingFetcher } from './fetch-listing.js';
export { parseSitemap, type ChildSitemap, type Sitemap } from './sitemap.js';
export { parseFeed } from './feed.js';
export { findFeedLinks } from './feed-links.js';
export { SITEMAP_MAX_CHILDREN, SITEMAP_MAX_DEPTH } from '../settings.js';
