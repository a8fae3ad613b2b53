/** Reading a `Content-Type` header, for fetched pages, listings and archived (WARC) responses alike. */

/** `text/html; charset=UTF-8` -> `text/html`; empty for a missing header. */
export function mediaType(contentType: string | null | undefined): string {
  return contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The charset a `Content-Type` header names, if any. */
export function charsetOf(contentType: string | null | undefined): string | null {
  return /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? null;
}
