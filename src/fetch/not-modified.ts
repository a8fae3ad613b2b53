/**
 * The server says a page has not changed since the validators were taken (HTTP 304): nothing to
 * clean again. Kept apart from the client so the runner can recognise it without loading undici.
 */
export class NotModified extends Error {
  constructor(readonly url: string) {
    super(`${url}: not modified (HTTP 304)`);
  }
}
