import { asKlipingError, type KlipingError } from '../errors.js';
import { Selection } from './entries.js';
import { childrenFailed, limitReached } from './failures.js';
import { SITEMAP_MAX_CHILDREN, SITEMAP_MAX_DEPTH } from '../settings.js';
import { identifyListing, listingText } from './listing.js';
import { readSitemap, type Sitemap } from './sitemap.js';
import type { DiscoveredUrl, DiscoveryOptions, FetchListing } from './types.js';

/**
 * Article URLs of a sitemap: sitemap index (recursing into child sitemaps, bounded depth and count),
 * urlset, .xml.gz (gzip by magic bytes), Google News sitemaps with news:publication_date, lastmod.
 *
 * Sitemaps are read one at a time, depth first, so URLs come out in listed order. A child sitemap
 * whose own `lastmod` is before `since` is not fetched: an hourly run reads only what changed. A
 * child that fails (fetch error, not a sitemap, beyond the bounds) does not stop the walk: after
 * the last URL the others give, one error names every failed child, so a cron run keeps what it
 * could read and still exits non-zero. The sitemap given failing throws at once. A consumer that
 * stops early (or `max` reached) ends the walk: no further child is fetched.
 *
 * @example
 * for await (const { url, published } of discoverSitemap('https://a.id/sitemap.xml', fetchListing, { since, max: null })) { ... }
 */
export async function* discoverSitemap(url: string, fetchListing: FetchListing, options: DiscoveryOptions): AsyncGenerator<DiscoveredUrl> {
  const walk = new SitemapWalk(fetchListing, new Selection(options));
  if (walk.selection.full) return;
  const top = await walk.read(url);
  walk.visited.add(url);
  yield* walk.entriesOf(top, url, 0);
  if (walk.failures.length > 0) throw childrenFailed(url, walk.failures, walk.childrenReadFine);
}

/** The state of one walk through a sitemap and its children. */
class SitemapWalk {
  readonly visited = new Set<string>();
  readonly failures: KlipingError[] = [];
  childrenReadFine = 0;
  private childrenFetched = 0;
  private stopped = false;

  constructor(
    private readonly fetchListing: FetchListing,
    readonly selection: Selection,
  ) {}

  async read(url: string): Promise<Sitemap> {
    const page = await this.fetchListing(url);
    return readSitemap(identifyListing(listingText(page.bytes, page.contentType, page.url)), page.url);
  }

  async *entriesOf(sitemap: Sitemap, sitemapUrl: string, depth: number): AsyncGenerator<DiscoveredUrl> {
    if (sitemap.kind === 'urlset') {
      for (const entry of sitemap.urls) {
        if (this.selection.full) return;
        if (this.selection.take(entry)) yield entry;
      }
      return;
    }
    // A child unchanged since `since` holds nothing newer, and one already read (an index listing
    // itself, or two indexes one sitemap) gives nothing new: neither is fetched.
    const wanted = sitemap.sitemaps.filter((child) => this.selection.isRecent(child.lastmod) && !this.visited.has(child.url));
    if (wanted.length > 0 && depth >= SITEMAP_MAX_DEPTH) {
      this.failures.push(limitReached(sitemapUrl, `sitemap index nested more than ${SITEMAP_MAX_DEPTH} levels deep: its ${wanted.length} child sitemaps were not read`));
      return;
    }
    for (const child of wanted) {
      if (this.selection.full || this.stopped) return;
      // A sibling's children may have included this one meanwhile.
      if (this.visited.has(child.url)) continue;
      if (this.childrenFetched >= SITEMAP_MAX_CHILDREN) {
        this.stopped = true;
        this.failures.push(limitReached(sitemapUrl, `more than ${SITEMAP_MAX_CHILDREN} child sitemaps: the rest were not read`));
        return;
      }
      this.visited.add(child.url);
      this.childrenFetched += 1;
      let childSitemap: Sitemap;
      try {
        childSitemap = await this.read(child.url);
      } catch (error) {
        this.failures.push(asKlipingError(error, child.url));
        continue;
      }
      this.childrenReadFine += 1;
      yield* this.entriesOf(childSitemap, child.url, depth + 1);
    }
  }
}
