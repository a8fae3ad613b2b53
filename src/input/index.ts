import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { asKlipingError, UnsupportedInputError, UsageError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../settings.js';
import { walkDirectory } from './directory.js';
import { fileError, readFileBytes } from './file.js';
import { bytesOnly, failedItem, type InputItem } from './item.js';
import { openListFile, readInputList } from './list.js';
import { classifyInput } from './spec.js';
import { readStream } from './stdin.js';
import { type FetchUrl, urlItem } from './url.js';
import { loadUrlFilter, type UrlFilter } from './url-filter.js';
import { readWarc, WARC_FILE } from './warc.js';

export type { InputDocument, InputItem } from './item.js';
export type { FetchUrl } from './url.js';
export { classifyInput, type InputSpec } from './spec.js';

export interface InputSources {
  /** Files, folders, URLs and `-`, as given on the command line. */
  inputs: string[];
  /** Files listing more inputs, one per line (`-` reads the list from standard input). */
  inputLists: string[];
  stdin: Readable;
  /** How URL inputs are fetched (the fetch stage); without it a URL fails like a bad input. */
  fetchUrl?: FetchUrl;
  /** Sitemaps and feeds whose article URLs are inputs too, after the others. */
  listings?: Listing[];
  /** Reads a listing's article URLs (the discovery stage). */
  discover?: Discover;
  /** Largest file or standard input, counted after decompression (`--max-bytes`); default `MAX_INPUT_BYTES`. */
  maxBytes?: number;
  /** `--url-filter`: a host suffix, a regular expression for the host, or a host list file; selects WARC records. */
  urlFilter?: string | null;
}

export interface Listing {
  kind: 'sitemap' | 'feed';
  url: string;
}

/** The article URLs a sitemap or feed lists, at most `max`; throws after them if part of it failed. */
export type Discover = (listing: Listing, max: number | null) => AsyncIterable<{ url: string }>;

/** The name standard input goes by in messages and output file names. */
export const STDIN_NAME = '-';

/** Refuses a run that would read standard input twice (as a document and as a list, say). */
export function checkStdinUse(sources: Pick<InputSources, 'inputs' | 'inputLists'>): void {
  const uses = sources.inputs.filter((input) => input === STDIN_NAME).length +
    sources.inputLists.filter((list) => list === STDIN_NAME).length;
  if (uses > 1) throw new UsageError('standard input (-) can be read only once');
}

/** Every document of the run, lazily, in the order given: arguments, then `-i` lists, then listings. */
export async function* enumerateInputs(sources: InputSources, max: number | null = null): AsyncGenerator<InputItem> {
  // Read before any input, so that a bad filter is a usage error and nothing is written.
  const urlFilter = sources.urlFilter ? await loadUrlFilter(sources.urlFilter) : null;
  for (const input of sources.inputs) yield* expandInput(input, sources, urlFilter);
  for (const list of sources.inputLists) {
    const stream = list === STDIN_NAME ? sources.stdin : openListFile(list);
    try {
      for await (const input of readInputList(stream)) yield* expandInput(input, sources, urlFilter);
    } catch (error) {
      yield failedItem(list, list, fileError(error, list));
    }
  }
  let left = max;
  for (const listing of sources.listings ?? []) {
    if (left !== null && left <= 0) return;
    if (!sources.discover) {
      yield failedItem(listing.url, listing.url, new UnsupportedInputError('discovery is not available here', { input: listing.url }));
      continue;
    }
    try {
      for await (const { url } of sources.discover(listing, left)) {
        if (left !== null) left -= 1;
        yield urlItem(url, sources.fetchUrl);
      }
    } catch (error) {
      // The listing itself (or part of it) failed: it stands in the output as a failed input.
      yield failedItem(listing.url, listing.url, asKlipingError(error, listing.url));
    }
  }
}

async function* expandInput(input: string, sources: InputSources, urlFilter: UrlFilter | null): AsyncGenerator<InputItem> {
  const spec = classifyInput(input);
  const { maxBytes = MAX_INPUT_BYTES } = sources;
  if (spec.kind === 'stdin') {
    yield { name: STDIN_NAME, outputPath: 'stdin', read: () => bytesOnly(readStream(sources.stdin, STDIN_NAME, maxBytes)) };
    return;
  }
  if (spec.kind === 'url') {
    yield urlItem(spec.name, sources.fetchUrl);
    return;
  }
  const info = await stat(spec.name).catch((error: unknown) => error as Error);
  if (info instanceof Error) {
    yield failedItem(spec.name, basename(spec.name), fileError(info, spec.name));
  } else if (info.isDirectory()) {
    yield* walkDirectory(spec.name, maxBytes, urlFilter);
  } else if (WARC_FILE.test(spec.name)) {
    yield* readWarc(spec.name, { maxBytes, urlFilter });
  } else {
    yield { name: spec.name, outputPath: basename(spec.name), read: () => bytesOnly(readFileBytes(spec.name, spec.name, maxBytes)) };
  }
}
