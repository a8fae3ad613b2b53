import type { Discover, InputDocument } from '../input/index.js';
import { fetchArticle } from './article.js';
import { Fetcher, type Validators } from './client.js';
import type { FetchOptions } from './options.js';

export { Fetcher, NOT_MODIFIED, type FetchedPage, type FetchKind, type Validators } from './client.js';
export { defaultFetchOptions, type FetchOptions } from './options.js';
export type { PagingOptions } from './article.js';
export { NotModified } from './not-modified.js';

/** The fetch stage as the input stage sees it: articles by URL, and the URLs that listings name. */
export interface FetchStage {
  fetchUrl: (url: string, validators?: Validators) => Promise<InputDocument>;
  discover: Discover;
  close: () => Promise<void>;
}

/** One polite client for the whole run: pages, sitemaps and feeds share its per-host delays and robots.txt. */
export async function fetchStage(options: FetchOptions, since: Date | null): Promise<FetchStage> {
  const fetcher = new Fetcher(options);
  const { discoverFeed, discoverSitemap, listingFetcher } = await import('../discovery/index.js');
  const fetchListing = listingFetcher(fetcher);
  return {
    fetchUrl: (url, validators) => fetchArticle(fetcher, url, options, validators),
    discover: (listing, max) => (listing.kind === 'sitemap' ? discoverSitemap : discoverFeed)(listing.url, fetchListing, { since, max }),
    close: () => fetcher.close(),
  };
}
