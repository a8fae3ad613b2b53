import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { asKlipingError, UnsupportedInputError, UsageError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../settings.js';
import { createReadStream } from 'node:fs';
import { type FoundFile, RECORD_FILE, USABLE_FILE, walkDirectory } from './directory.js';
import { fileError } from './file.js';
import { inflateStreamIfGzip } from './gzip.js';
import { bytesOnly, failedItem, type InputEntry, type ReadItem, type SourceFile } from './item.js';
import { readRecords, type RecordFields, type RecordOptions } from './records.js';
import { inShard, type Shard } from './shard.js';
import { openListFile, readInputList } from './list.js';
import { classifyInput } from './spec.js';
import { readStream } from './stdin.js';
import { type FetchUrl, urlItem } from './url.js';
import { loadUrlFilter, type UrlFilter } from './url-filter.js';
import { readWarc, WARC_FILE } from './warc.js';

export type { FileRef, InputDocument, InputEntry, InputItem, ReadItem, SourceFile, SourceMark } from './item.js';
export { isSourceMark } from './item.js';
export { DEFAULT_RECORD_FIELDS, type RecordFields } from './records.js';
export type { Shard } from './shard.js';
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
  /** `--records`: inputs are JSON Lines, one document per line, its page in these fields. */
  records?: RecordFields | null;
  /** `--shard K/N`: only the inputs (files, URLs; standard input's records by line) in this shard. */
  shard?: Shard | null;
  /** `--done-dir`: whether an earlier run finished this file, so it is passed over. */
  isDone?: (source: SourceFile) => Promise<boolean>;
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

/**
 * How many documents the run holds, when its arguments alone tell: each a URL, standard input or
 * a file that is no WARC (a missing file counts: it is the one document that fails). Null when an
 * argument is a folder or WARC file, when documents come from lists, listings or records, and for
 * more than `atMost` arguments, which are not looked at.
 */
export async function knownDocumentCount(sources: Pick<InputSources, 'inputs' | 'inputLists' | 'listings'> & { records: boolean }, atMost: number): Promise<number | null> {
  const { inputs } = sources;
  if (sources.records || sources.inputLists.length > 0 || (sources.listings ?? []).length > 0 || inputs.length === 0 || inputs.length > atMost) return null;
  const containers = await Promise.all(
    inputs.map(async (input) => {
      const spec = classifyInput(input);
      if (spec.kind !== 'path') return false;
      return WARC_FILE.test(spec.name) || Boolean((await stat(spec.name).catch(() => null))?.isDirectory());
    }),
  );
  return containers.includes(true) ? null : inputs.length;
}

/** Every document of the run, lazily, in the order given: arguments, then `-i` lists, then listings. */
export async function* enumerateInputs(sources: InputSources, max: number | null = null): AsyncGenerator<InputEntry> {
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
        if (!inShard(url, sources.shard)) continue;
        if (left !== null) left -= 1;
        yield urlItem(url, sources.fetchUrl);
      }
    } catch (error) {
      // The listing itself (or part of it) failed: it stands in the output as a failed input.
      yield failedItem(listing.url, listing.url, asKlipingError(error, listing.url));
    }
  }
}

async function* expandInput(input: string, sources: InputSources, urlFilter: UrlFilter | null): AsyncGenerator<InputEntry> {
  const spec = classifyInput(input);
  const { maxBytes = MAX_INPUT_BYTES } = sources;
  if (spec.kind === 'stdin') {
    if (sources.records) {
      const source: SourceFile = { name: STDIN_NAME, outputPath: 'stdin', size: 0, mtimeMs: 0, container: true };
      // Standard input has no file name to shard by: its lines are sharded by number.
      yield* recordsOf(sources.stdin, source, { fields: sources.records, maxBytes, shard: sources.shard ?? null });
      yield { mark: 'end', source };
    } else {
      yield { name: STDIN_NAME, outputPath: 'stdin', read: () => bytesOnly(readStream(sources.stdin, STDIN_NAME, maxBytes)) };
    }
    return;
  }
  if (spec.kind === 'url') {
    if (inShard(spec.name, sources.shard)) yield urlItem(spec.name, sources.fetchUrl);
    return;
  }
  const info = await stat(spec.name).catch((error: unknown) => error as Error);
  if (info instanceof Error) {
    yield failedItem(spec.name, basename(spec.name), fileError(info, spec.name));
  } else if (info.isDirectory()) {
    const [usable, describe] = sources.records ? [RECORD_FILE, '.jsonl or .ndjson files (or .gz of them)'] : [USABLE_FILE, '.html, .htm, .xhtml, .txt or .warc files (or .gz of them)'];
    try {
      for await (const file of walkDirectory(spec.name, usable, describe)) yield* expandFile(file, sources, urlFilter);
    } catch (error) {
      yield failedItem(spec.name, spec.name, fileError(error, spec.name));
    }
  } else {
    yield* expandFile({ path: spec.name, outputPath: basename(spec.name), info }, sources, urlFilter);
  }
}

/**
 * One input file: passed over when it is another shard's or `--done-dir` marks it finished; else
 * its documents (one, a record file's lines, a WARC file's pages), then the mark that the file has
 * been handed on.
 */
async function* expandFile({ path, outputPath, info }: FoundFile, sources: InputSources, urlFilter: UrlFilter | null): AsyncGenerator<InputEntry> {
  if (!inShard(path, sources.shard)) return;
  const { maxBytes = MAX_INPUT_BYTES } = sources;
  const warc = !sources.records && WARC_FILE.test(path);
  const source: SourceFile = { name: path, outputPath, size: info.size, mtimeMs: info.mtimeMs, container: Boolean(sources.records) || warc };
  if (await sources.isDone?.(source)) {
    yield { mark: 'done', source };
    return;
  }
  if (sources.records) {
    yield* recordsOf(createReadStream(path), source, { fields: sources.records, maxBytes });
  } else if (warc) {
    yield* readWarc(source, { maxBytes, urlFilter });
  } else {
    yield { name: path, outputPath, source, file: { path, maxBytes } };
  }
  yield { mark: 'end', source };
}

/** A record stream's documents; a stream that breaks (unreadable, corrupt gzip) ends with a failure of its source. */
async function* recordsOf(stream: AsyncIterable<Buffer>, source: SourceFile, options: RecordOptions): AsyncGenerator<ReadItem> {
  try {
    yield* readRecords(inflateStreamIfGzip(stream), source, options);
  } catch (error) {
    yield { ...failedItem(source.name, source.outputPath, fileError(error, source.name)), source };
  }
}
