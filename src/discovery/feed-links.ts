import type { Element } from 'domhandler';
import { queryHtml } from '../parse/query.js';
import { absoluteHttpUrl } from './entries.js';

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml']);

/**
 * The feeds an HTML page announces with `<link rel="alternate" type="application/rss+xml">` (or
 * Atom), in document order, resolved against the page's `<base href>` or URL, each once. A page
 * over the DOM limits throws, as it would when cleaned.
 *
 * @example
 * findFeedLinks('<head><link rel="alternate" type="application/rss+xml" href="/rss"></head>', 'https://a.id/');
 * // ['https://a.id/rss']
 */
export function findFeedLinks(html: string, pageUrl: string): string[] {
  const $ = queryHtml(html, pageUrl);
  const base = absoluteHttpUrl($('base[href]').first().attr('href') ?? null, pageUrl) ?? pageUrl;
  const feeds = $<Element>('link[rel~="alternate" i][href]')
    .toArray()
    .filter((link) => FEED_TYPES.has((link.attribs.type ?? '').split(';')[0]!.trim().toLowerCase()))
    .map((link) => absoluteHttpUrl(link.attribs.href ?? null, base));
  return [...new Set(feeds.filter((url): url is string => url !== null))];
}
