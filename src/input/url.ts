import { UnsupportedInputError } from '../errors.js';
import { failedItem, type InputItem } from './item.js';

/**
 * A URL input. Fetching is its own stage, which is not built yet: until it is, a URL fails like
 * any other bad input instead of being mistaken for a file name.
 */
export function urlItem(url: string): InputItem {
  const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
  const reason =
    scheme === 'http' || scheme === 'https'
      ? 'fetching URLs is not supported yet: save the page and pass the file'
      : `unsupported scheme "${scheme}:" (only files, folders, - and http(s) URLs)`;
  return failedItem(url, url, new UnsupportedInputError(reason, { input: url }));
}
