import type { Element } from 'domhandler';
import { type PageQuery, queryHtml } from '../parse/query.js';
import type { SiteRule } from '../sites/index.js';
import { collapseWhitespace } from '../text.js';

/** Link texts that lead to the next page of a story. */
const NEXT_TEXT = /^(?:halaman\s+)?(?:selanjutnya|berikutnya|next(?:\s+page)?|lanjut)\s*[»›>→]*$|^[»›>→]$/i;

/** What a page says about where its story continues, and where it really lives. */
export interface PageLinks {
  next: string | null;
  /** The canonical URL: a saved or mirrored page's site is known by it. */
  canonical: string | null;
}

/**
 * The URL of the story's next page, or null: `rel="next"`, a "Halaman selanjutnya"/"Next" link, or
 * the link numbered one more than the current page. Only links that stay on the same host and path
 * family count, so a "next story" link is never taken for page two. A page over the DOM limits
 * throws, as it would when cleaned.
 */
export function pageLinks(html: string, pageUrl: string, pageNumber: number): PageLinks {
  const $ = queryHtml(html, pageUrl);
  const canonicalHref = $('link[rel~="canonical" i]').attr('href');
  const canonical = canonicalHref ? absolute(canonicalHref, pageUrl) : null;
  return { next: nextLink($, pageUrl, pageNumber), canonical };
}

function nextLink($: PageQuery, pageUrl: string, pageNumber: number): string | null {
  const candidates = [
    ...$<Element>('link[rel~="next" i], a[rel~="next" i]').toArray(),
    ...$<Element>('a')
      .toArray()
      .filter((link) => NEXT_TEXT.test(collapseWhitespace($(link).text()))),
    ...$<Element>('a')
      .toArray()
      .filter((link) => collapseWhitespace($(link).text()) === String(pageNumber + 1)),
  ];
  for (const candidate of candidates) {
    const href = candidate.attribs.href;
    if (!href) continue;
    const next = absolute(href, pageUrl);
    if (next && next !== pageUrl && continuesStory(pageUrl, next)) return next;
  }
  return null;
}

/** The site's own view of the whole story on one page (`?page=all`, `/all`), when its rule knows one. */
export function singlePageUrl(url: string, rule: SiteRule | null): string | null {
  const view = rule?.singlePage;
  if (!view) return null;
  const single = new URL(url);
  for (const [name, value] of Object.entries(view.query ?? {})) single.searchParams.set(name, value);
  if (view.pathSuffix && !single.pathname.endsWith(view.pathSuffix)) single.pathname = single.pathname.replace(/\/?$/, view.pathSuffix);
  return single.href === url ? null : single.href;
}

/** Same host, and the path of page one with at most a page marker added or changed. */
function continuesStory(current: string, next: string): boolean {
  const a = new URL(current);
  const b = new URL(next);
  if (a.host !== b.host) return false;
  const stem = (path: string): string => path.replace(/(?:[/_-](?:page|halaman|hal)?[/_-]?\d{1,3}|\/all)\/?$/i, '').replace(/\.html?$/i, '');
  return stem(a.pathname) === stem(b.pathname);
}

function absolute(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    url.hash = '';
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
