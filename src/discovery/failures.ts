import { ChildSitemapsFailedError, type KlipingError, NotAListingError, SitemapLimitError } from '../errors.js';

/* Discovery's failures, made in one place. */

/** The URL gave something other than the listing asked for: "not a feed: found an HTML page without ...". */
export function notAListing(url: string, wanted: 'sitemap' | 'feed', found: string): KlipingError {
  return new NotAListingError(`not a ${wanted}: found ${found}`, { input: url });
}

/** A sitemap index beyond the walk's bounds: what it lists is not read, and the caller hears so. */
export function limitReached(url: string, message: string): KlipingError {
  return new SitemapLimitError(message, { input: url });
}

/**
 * Child sitemaps that failed, reported once after the walk yielded what the others list. Each
 * failure is a KlipingError whose `input` is the child's URL.
 */
export function childrenFailed(url: string, failures: readonly KlipingError[], readFine: number): KlipingError {
  const listed = failures.map((failure) => `${failure.input ?? url} (${failure.code}: ${failure.message})`).join('; ');
  const message = `${failures.length} child sitemap failure${failures.length === 1 ? '' : 's'} (${readFine} read fine): ${listed}`;
  return new ChildSitemapsFailedError(message, { input: url, failures });
}
