/**
 * A link (listed, canonical) as an absolute http(s) URL, a relative one resolved against `base` when one is
 * given; null for anything else (`mailto:`, `javascript:`, garbage). The fragment goes:
 * `#comments` is the same article.
 */
export function absoluteHttpUrl(link: string | null, base: string | null): string | null {
  if (link === null) return null;
  let url: URL;
  try {
    url = new URL(link.trim(), base ?? undefined);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}
