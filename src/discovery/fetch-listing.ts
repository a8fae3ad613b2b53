import { InternalError } from '../errors.js';
import { type Fetcher, NOT_MODIFIED } from '../fetch/index.js';
import type { FetchListing } from './types.js';

/** The polite fetch stage as discovery's `FetchListing`: robots.txt, delays, retries and size limits apply. */
export function listingFetcher(fetcher: Fetcher): FetchListing {
  return async (url) => {
    const page = await fetcher.fetch(url, {}, 'listing');
    // Only a request with validators can get a 304, and this one sends none.
    if (page === NOT_MODIFIED) throw new InternalError('HTTP 304 to a request without validators', { input: url });
    return page;
  };
}
