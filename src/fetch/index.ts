import type { InputDocument } from '../input/index.js';
import { Fetcher, NOT_MODIFIED } from './client.js';
import type { FetchOptions } from './options.js';

export { Fetcher, NOT_MODIFIED, type FetchedPage, type FetchKind, type Validators } from './client.js';
export { defaultFetchOptions, type FetchOptions } from './options.js';

/** The fetch stage as the input stage sees it: a URL in, a document (bytes and where they came from) out. */
export function pageFetcher(options: FetchOptions): { fetchUrl: (url: string) => Promise<InputDocument>; close: () => Promise<void> } {
  const fetcher = new Fetcher(options);
  return {
    async fetchUrl(url) {
      const page = await fetcher.fetch(url);
      if (page === NOT_MODIFIED) throw new Error('unexpected 304 without validators');
      return { bytes: page.bytes, fetched: { url: page.url, charset: page.charset, date: page.date } };
    },
    close: () => fetcher.close(),
  };
}
