import { UnsupportedInputError } from '../errors.js';
import { failedItem, type InputDocument, type ReadItem } from './item.js';

/** Fetches one URL into a document; supplied by the fetch stage. */
export type FetchUrl = (url: string) => Promise<InputDocument>;

/** A URL input: fetched when read, named in output folders by its host and path. */
export function urlItem(url: string, fetchUrl: FetchUrl | undefined): ReadItem {
  const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    return failedItem(url, url, new UnsupportedInputError(`unsupported scheme "${scheme}:" (only files, folders, - and http(s) URLs)`, { input: url }));
  }
  if (!fetchUrl) return failedItem(url, url, new UnsupportedInputError('fetching is not available here', { input: url }));
  return { name: url, outputPath: urlOutputPath(url), read: () => fetchUrl(url) };
}

/** `https://news.detik.com/berita/d-1/judul?x=1` -> `news.detik.com/berita/d-1/judul`. */
export function urlOutputPath(url: string): string {
  const { hostname, pathname } = new URL(url);
  const path = pathname.replace(/\/+$/, '') || '/index';
  return `${hostname}${path}`;
}
