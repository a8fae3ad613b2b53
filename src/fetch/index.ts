import type { InputDocument } from '../input/index.js';
import { fetchArticle } from './article.js';
import { Fetcher } from './client.js';
import type { FetchOptions } from './options.js';

export { Fetcher, NOT_MODIFIED, type FetchedPage, type FetchKind, type Validators } from './client.js';
export { defaultFetchOptions, type FetchOptions } from './options.js';
export type { PagingOptions } from './article.js';

/** The fetch stage as the input stage sees it: a URL in, a document (bytes and where they came from) out. */
export function pageFetcher(options: FetchOptions): { fetchUrl: (url: string) => Promise<InputDocument>; close: () => Promise<void> } {
  const fetcher = new Fetcher(options);
  return {
    fetchUrl: (url) => fetchArticle(fetcher, url, options),
    close: () => fetcher.close(),
  };
}
