import { KlipingError } from '../errors.js';
import type { InputDocument } from '../input/index.js';
import { decodeBytes } from '../parse/decode.js';
import { ruleForUrl } from '../sites/index.js';
import { type FetchedPage, Fetcher, NOT_MODIFIED, type Validators } from './client.js';
import { NotModified } from './not-modified.js';
import { pageLinks, singlePageUrl } from './pagination.js';

export interface PagingOptions {
  /** Follow a story's pagination (`--no-follow-pages` turns it off). */
  followPages: boolean;
  /** Pages of one story fetched at most, the first included. */
  maxPages: number;
}

/**
 * Fetches an article with all its pages: the site's single-page view when its rule knows one,
 * else the pages reached by following "next" links, handed on in order to be cleaned as one
 * document. A page after the first that fails fails the article (it is retried on the next run
 * rather than written half).
 */
export async function fetchArticle(fetcher: Fetcher, url: string, options: PagingOptions, validators: Validators = {}): Promise<InputDocument> {
  const first = await fetcher.fetch(url, validators);
  if (first === NOT_MODIFIED) throw new NotModified(url);
  if (!options.followPages || !isHtml(first)) return toDocument(first);
  const links = pageLinks(decodeBytes(first.bytes, first.charset), first.url, 1);
  let next = links.next;
  if (!next) return toDocument(first);
  const single = singlePageUrl(first.url, ruleForUrl(links.canonical ?? first.url));
  if (single) {
    const whole = await fetchPage(fetcher, single).catch(() => null);
    if (whole) return toDocument(whole);
  }
  const pages: InputDocument[] = [];
  const seen = new Set([first.url]);
  for (let number = 2; next && number <= options.maxPages && !seen.has(next); number += 1) {
    const page: FetchedPage = await fetchPage(fetcher, next).catch((error: unknown) => {
      throw error instanceof KlipingError ? Object.assign(error, { message: `page ${number} (${next}): ${error.message}` }) : error;
    });
    seen.add(next).add(page.url);
    pages.push(toDocument(page));
    next = pageLinks(decodeBytes(page.bytes, page.charset), page.url, number).next;
  }
  return { ...toDocument(first), pages };
}

async function fetchPage(fetcher: Fetcher, url: string): Promise<FetchedPage> {
  const page = await fetcher.fetch(url);
  if (page === NOT_MODIFIED) throw new Error('unexpected 304 without validators');
  return page;
}

function isHtml(page: FetchedPage): boolean {
  return !page.contentType || /html/i.test(page.contentType);
}

function toDocument(page: FetchedPage): InputDocument {
  return { bytes: page.bytes, fetched: { url: page.url, charset: page.charset, date: page.date, etag: page.etag, lastModified: page.lastModified } };
}
