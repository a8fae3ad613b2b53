/**
 * An address an archive or a dump gives for a page, when it is an http(s) URL: the page's own, for
 * its site and relative links. WARC 1.0 writers may wrap it in angle brackets. Anything else (a
 * typo, `javascript:`, a number) names no page and is not used as one.
 */
export function pageUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const url = value.trim().replace(/^<(.*)>$/, '$1');
  if (!URL.canParse(url)) return null;
  return /^https?:$/.test(new URL(url).protocol) ? url : null;
}
