import type { HtmlPage } from '../record.js';
import { absoluteHttpUrl } from '../url.js';
import { firstJsonLdString } from './json-ld.js';

/**
 * The page's own URL: canonical link, then `og:url`, then JSON-LD, as an absolute http(s) URL; a
 * relative one (`/berita/123`) is resolved against `base`, the address the page came from, if known.
 */
export function pageUrl(page: HtmlPage, base: string | null): string | null {
  const candidates = [page.canonical, page.meta.get('og:url')?.[0], firstJsonLdString(page.jsonLd, 'url', 'mainEntityOfPage')];
  for (const candidate of candidates) {
    const url = candidate ? absoluteHttpUrl(candidate, base) : null;
    if (url) return url;
  }
  return null;
}

/** The publication's name: `og:site_name`, the JSON-LD publisher, then the host without `www.`. */
export function siteName(page: HtmlPage, url: string | null): string | null {
  const declared = page.meta.get('og:site_name')?.[0] || firstJsonLdString(page.jsonLd, 'publisher');
  if (declared) return declared;
  return url ? hostOf(url) : null;
}

/** Every name a site may append to its headlines: declared names and the host's main label. */
export function siteNames(page: HtmlPage, base: string | null): string[] {
  const url = pageUrl(page, base);
  const names = [siteName(page, url), page.meta.get('application-name')?.[0]];
  if (url) {
    const host = hostOf(url);
    names.push(host, host.split('.')[0]);
  }
  return names.filter((name): name is string => Boolean(name));
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
