import { absoluteHttpUrl, listingDate } from './entries.js';
import { notAListing } from './failures.js';
import { describeListing, identifyListing, type Listing } from './listing.js';
import type { DiscoveredUrl } from './types.js';
import { children, childText, type XmlElement } from './xml.js';

/** A child sitemap an index lists, with its own last change when the index gives one. */
export interface ChildSitemap {
  url: string;
  lastmod: string | null;
}

export type Sitemap = { kind: 'index'; sitemaps: ChildSitemap[] } | { kind: 'urlset'; urls: DiscoveredUrl[] };

/**
 * A sitemap's entries in listed order: the child sitemaps of an index, or the page URLs of a urlset
 * (Google News sitemaps included). Only absolute http(s) URLs count, as the protocol says: a
 * broken template's `<loc>null</loc>` must not become an article at `https://site/null`.
 *
 * @example
 * parseSitemap('<urlset><url><loc>https://a.id/1</loc><lastmod>2024-06-18</lastmod></url></urlset>', 'https://a.id/sitemap.xml');
 * // { kind: 'urlset', urls: [{ url: 'https://a.id/1', published: '2024-06-18' }] }
 */
export function parseSitemap(xml: string, sitemapUrl: string): Sitemap {
  return readSitemap(identifyListing(xml), sitemapUrl);
}

export function readSitemap(listing: Listing, sitemapUrl: string): Sitemap {
  if (listing.kind === 'sitemap-index') {
    const sitemaps = children(listing.root, 'sitemap').flatMap((entry) => {
      const url = absoluteHttpUrl(childText(entry, 'loc'), null);
      return url === null ? [] : [{ url, lastmod: listingDate(childText(entry, 'lastmod')) }];
    });
    return { kind: 'index', sitemaps };
  }
  if (listing.kind === 'urlset') {
    const urls = children(listing.root, 'url').flatMap((entry) => {
      const url = absoluteHttpUrl(childText(entry, 'loc'), null);
      return url === null ? [] : [{ url, published: urlDate(entry) }];
    });
    return { kind: 'urlset', urls };
  }
  throw notAListing(sitemapUrl, 'sitemap', describeListing(listing));
}

/** A news sitemap's publication date says when the story came out; `lastmod` only when it last changed. */
function urlDate(entry: XmlElement): string | null {
  const news = children(entry, 'news:news')[0];
  return (news && listingDate(childText(news, 'news:publication_date'))) ?? listingDate(childText(entry, 'lastmod'));
}
