import { readFile, stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { fileError } from './file.js';

/** Whether a document at this URL is wanted (`--url-filter`). */
export type UrlFilter = (url: string) => boolean;

/** `detik.com`, `.id`, `news.detik.com.`: a host or a host suffix, as opposed to a regular expression. */
const HOST_LIKE = /^\.?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?$/i;

/**
 * `--url-filter` as given: a file names a host list, a host-like value is a host suffix, anything
 * else a regular expression tested against the host. Throws a UsageError for a bad expression or
 * an unreadable list, before any input is read.
 */
export async function loadUrlFilter(value: string): Promise<UrlFilter> {
  const info = await stat(value).catch(() => null);
  if (!info?.isFile()) return urlFilter(value);
  try {
    return hostListFilter(await readFile(value, 'utf8'));
  } catch (error) {
    throw new UsageError(`--url-filter: ${value}: ${fileError(error, value).message}`, { cause: error });
  }
}

/** A host suffix at a label boundary (`.id`, `detik.com`), or a regular expression tested against the host (`\.id$`). */
export function urlFilter(pattern: string): UrlFilter {
  if (HOST_LIKE.test(pattern)) return hostListFilter(pattern);
  let expression: RegExp;
  try {
    expression = new RegExp(pattern, 'i');
  } catch (error) {
    throw new UsageError(`--url-filter: not a host and not a valid regular expression: ${(error as Error).message}`, { cause: error });
  }
  return (url) => {
    const host = hostOf(url);
    return host !== null && expression.test(host);
  };
}

/**
 * Hosts one per line (`#` starts a comment); each matches itself and its subdomains, so `detik.com`
 * takes `news.detik.com` but not `notdetik.com`, and `id` (or `.id`) every host under `.id`.
 */
export function hostListFilter(text: string): UrlFilter {
  const hosts = new Set(
    text
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().toLowerCase().replace(/^\*?\.|\.$/g, ''))
      .filter(Boolean),
  );
  return (url) => {
    const labels = hostOf(url)?.split('.') ?? [];
    return labels.some((_, index) => hosts.has(labels.slice(index).join('.')));
  };
}

/** The lower-case host without a trailing dot; null for a URL without one (`urn:`, garbage). */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}
