import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { LimitReader, WARCRecord } from 'warcio';
import { InputTooLargeError, KlipingError, UnsupportedInputError, WarcCorruptError, WarcTruncatedError } from '../errors.js';
import { sniffType } from '../parse/sniff.js';
import { MAX_INPUT_BYTES, SNIFF_BYTES } from '../settings.js';
import { fileError } from './file.js';
import { failedItem, type ReadItem, type SourceFile } from './item.js';
import type { UrlFilter } from './url-filter.js';
import { archivedPage } from './warc-record.js';

/** `.warc` and `.warc.gz` files, as Common Crawl and every web crawler write them. */
export const WARC_FILE = /\.warc(?:\.gz)?$/i;

export interface WarcOptions {
  /** Largest page payload, counted after HTTP decoding; a larger one fails alone. Default `MAX_INPUT_BYTES`. */
  maxBytes?: number;
  /** Records whose WARC-Target-URI it refuses are passed over before their payload is read. */
  urlFilter?: UrlFilter | null;
}

/** Where a record is in its file, as each output line carries it so results re-join the archive. */
export interface WarcCoordinates {
  /** The path as given: what re-joins locally (Common Crawl's index has the path within its bucket). */
  warc_filename: string;
  /** Where the record begins: the start of its gzip member in a `.warc.gz`, as Common Crawl's index has it. */
  warc_record_offset: number;
  /** Its bytes from there to the next record (or the file's end): its gzip member; in a `.warc` the record and the blank lines after it. */
  warc_record_length: number;
  warc_date: string | null;
}

/**
 * The HTML pages archived in a WARC file, one item per record, read as a stream: the file is read
 * on only as items are asked for, and the reader itself holds at most two pages (each at most
 * `maxBytes`): the one it hands on next and the one it is reading. The items' names are `path@offset`. A file that ends inside a record, or holds
 * something other than a record, ends with one failed item for the file after the good records.
 */
export async function* readWarc(source: SourceFile, options: WarcOptions = {}): AsyncGenerator<ReadItem> {
  const path = source.name;
  const { WARCParser } = await import('warcio');
  const stream = createReadStream(path);
  const file = { bytes: 0, gzip: false };
  const parser = new WARCParser(tally(stream, file));
  // An item is handed on once the next record is found: its length runs to where that one begins.
  let last: Found | null = null;
  try {
    for await (const record of parser) {
      if (last) yield* settle(last, parser.offset, file.gzip, path);
      const item = await readRecord(record, parser.offset, path, source, options);
      last = { offset: parser.offset, end: parser.offset + parser.recordLength, item };
    }
    // A `.warc` may end in blank lines after its last record; in a `.warc.gz` the last gzip member ends the file.
    if (last) yield* settle(last, file.gzip ? Math.min(last.end, file.bytes) : file.bytes, file.gzip, path);
    if (file.gzip && (last?.end ?? 0) < file.bytes) throw await leftoverError(path, last?.end ?? 0);
  } catch (error) {
    yield { ...failedItem(path, source.outputPath, warcError(error, path)), source };
  } finally {
    stream.destroy();
  }
}

/** A record read: where it begins, where its gzip member ended, and its item still without its length (null when passed over). */
interface Found {
  offset: number;
  end: number;
  item: ((length: number) => ReadItem) | null;
}

/**
 * Hands on the last record's item now that the next record begins at `next`. In a `.warc.gz` the
 * next record must begin where the last one's gzip member ended, or the records cannot be located.
 */
function* settle(last: Found, next: number, gzip: boolean, path: string): Generator<ReadItem> {
  if (gzip && next !== last.end) {
    throw new UnsupportedInputError('gzip-compressed as a whole, not record by record as crawlers write WARC files, so its records cannot be located: gunzip it and read the .warc', { input: path });
  }
  if (last.item) yield last.item(next - last.offset);
}

/** Reads one record whole (the file must be past it before the next), and makes it an item if it is a wanted page. */
async function readRecord(record: WARCRecord, offset: number, path: string, source: SourceFile, options: WarcOptions): Promise<Found['item']> {
  checkRecord(record, offset, path);
  const page = archivedPage({
    type: record.warcType ?? null,
    targetUri: record.warcTargetURI ?? null,
    date: record.warcDate ?? null,
    contentType: record.warcContentType ?? null,
    identifiedPayloadType: record.warcHeader('WARC-Identified-Payload-Type') ?? null,
    httpStatus: typeof record.httpHeaders?.statusCode === 'number' ? record.httpHeaders.statusCode : null,
    httpContentType: record.httpHeaders?.headers.get('Content-Type') ?? null,
  });
  const wanted = page && (!options.urlFilter || (page.url !== null && options.urlFilter(page.url)));
  // Taken before decoding starts (warcio refuses it after): the raw block, to skip what is left of it.
  const raw = record.reader as LimitReader;
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const payload = wanted ? await readPayload(record, maxBytes) : null;
  for await (const _ of raw);
  if (raw.limit < 0) {
    throw new WarcCorruptError(`WARC record at offset ${offset} has HTTP headers without their closing blank line`, { input: path });
  }
  if (raw.limit > 0) {
    throw new WarcTruncatedError(`truncated WARC record at offset ${offset} (${raw.limit} of its ${record.warcContentLength} bytes missing)`, { input: path });
  }
  if (!page || !payload || (payload !== TOO_LARGE && page.sniff && !looksLikeHtml(payload))) return null;
  const name = `${path}@${offset}`;
  const read = payload === TOO_LARGE
    ? () => Promise.reject(new InputTooLargeError(`page larger than ${maxBytes} bytes (--max-bytes)`, { input: name }))
    : () => Promise.resolve({ bytes: payload, fetched: { url: page.url, charset: page.charset, date: page.date } });
  const date = record.warcDate ?? null;
  return (length) => {
    const coordinates: WarcCoordinates = { warc_filename: path, warc_record_offset: offset, warc_record_length: length, warc_date: date };
    return { name, outputPath: `${source.outputPath}/${offset}`, source, read, wrap: (result) => ({ ...result, ...coordinates }) };
  };
}

function looksLikeHtml(payload: Buffer): boolean {
  return sniffType(payload.subarray(0, SNIFF_BYTES).toString('latin1')) === 'html';
}

const TOO_LARGE = Symbol('too large');

/** The HTTP payload, chunked transfer and gzip/deflate content encoding undone; bounded after decoding. */
async function readPayload(record: WARCRecord, maxBytes: number): Promise<Buffer | typeof TOO_LARGE> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > maxBytes) return TOO_LARGE;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Anything but a record where one should begin means the file is not a WARC file, or is damaged there. */
function checkRecord(record: WARCRecord, offset: number, path: string): void {
  if (!record.warcHeaders.statusline.startsWith('WARC/')) throw noRecordError(path, offset);
  if (!/^\d+$/.test(record.warcHeaders.headers.get('Content-Length') ?? '')) {
    throw new WarcCorruptError(`WARC record at offset ${offset} has no valid Content-Length`, { input: path });
  }
}

function noRecordError(path: string, offset: number): WarcCorruptError {
  return new WarcCorruptError(offset === 0 ? 'not a WARC file' : `no WARC record at offset ${offset} (corrupt data)`, { input: path });
}

/** What the bytes after the last whole record of a `.warc.gz` are: a gzip member cut short, or no record at all. */
async function leftoverError(path: string, offset: number): Promise<KlipingError> {
  const magic = Buffer.alloc(2);
  const handle = await open(path);
  try {
    await handle.read(magic, 0, 2, offset);
  } finally {
    await handle.close();
  }
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) return noRecordError(path, offset);
  return new WarcTruncatedError(`truncated WARC record at offset ${offset} (the file ends inside its gzip member)`, { input: path });
}

/** The file's bytes as they stream past, counted, and whether it is gzip-compressed. */
async function* tally(stream: Readable, file: { bytes: number; gzip: boolean }): AsyncGenerator<Buffer> {
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (file.bytes === 0) file.gzip = chunk[0] === 0x1f && chunk[1] === 0x8b;
    file.bytes += chunk.length;
    yield chunk;
  }
}

function warcError(error: unknown, path: string): KlipingError {
  if (error instanceof KlipingError || (error as NodeJS.ErrnoException).code !== undefined) return fileError(error, path);
  return new WarcCorruptError(`unreadable WARC data (${(error as Error).message})`, { input: path, cause: error });
}
