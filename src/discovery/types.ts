/** One article URL a sitemap or feed lists. */
export interface DiscoveredUrl {
  url: string;
  /**
   * ISO 8601 when the listing gives one, with the offset as written (`2024-06-18T07:05:00+07:00`, or
   * `2024-06-18` for a day): the publication date, else the listing's last-modified date.
   */
  published: string | null;
}

export interface DiscoveryOptions {
  /** Keep only entries dated at or after this; entries without a date are kept. */
  since: Date | null;
  /** Yield at most this many URLs (across a whole sitemap index). */
  max: number | null;
}

/** Fetches a sitemap, feed or HTML page; `url` is where it ended up after redirects. */
export type FetchListing = (url: string) => Promise<{ url: string; bytes: Buffer; contentType: string | null }>;
