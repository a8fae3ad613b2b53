import { InputTooLargeError, RecordMalformedError, RecordNoPageError } from '../errors.js';
import type { InputDocument, ReadItem, SourceFile } from './item.js';
import { splitLines } from './lines.js';
import { absoluteHttpUrl } from '../url.js';
import { inShard, type Shard } from './shard.js';

/** Where a record holds its page: `html` is read as markup, `text` as plain lines (mC4, CulturaX). */
export interface RecordFields {
  html: string;
  text: string;
  /** When the page was fetched (ISO 8601, or seconds since 1970): the reference for "2 jam yang lalu", as WARC-Date is. */
  date: string | null;
}

export const DEFAULT_RECORD_FIELDS: RecordFields = { html: 'html', text: 'text', date: null };

/** The output field holding kliping's result beside a record's own fields. */
export const RESULT_FIELD = 'kliping';

export interface RecordOptions {
  fields: RecordFields;
  /** Longest line kept; a longer one becomes an error record. */
  maxBytes: number;
  /** Lines taken by line number (standard input, where there is no file to shard by). */
  shard?: Shard | null;
}

/**
 * `--records`: every line of a JSON Lines stream is one document, named `source:line`. Its page is
 * in the HTML or text field, its `url` (when a string) is where it came from, and every other field
 * passes through untouched: the output line is those fields plus the result under `kliping`. A line
 * that is not a JSON object, or holds no page, is an error record in its place, so output lines
 * stay one for one with input lines.
 */
export async function* readRecords(stream: AsyncIterable<Buffer>, source: SourceFile, options: RecordOptions): AsyncGenerator<ReadItem> {
  for await (const line of splitLines(stream, options.maxBytes)) {
    if (options.shard && !inShard(String(line.number), options.shard)) continue;
    const name = `${source.name}:${line.number}`;
    let fields: Record<string, unknown> = {};
    const read = async (): Promise<InputDocument> => {
      if ('tooLong' in line) throw new InputTooLargeError(`line of ${line.tooLong} bytes, more than --max-bytes ${options.maxBytes}`, { input: name });
      const record = parseRecord(line.bytes, name);
      fields = record; // a line without a page keeps its fields beside its error record
      const { document, consumed } = pageOf(record, options.fields, name);
      fields = { ...record };
      delete fields[consumed]; // the page itself is not echoed back
      return document;
    };
    yield { name, outputPath: source.outputPath, source, read, wrap: (result) => ({ ...fields, [RESULT_FIELD]: result }) };
  }
}

function parseRecord(bytes: Buffer, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    const reason = bytes.length === 0 ? 'an empty line' : `not JSON (${(error as Error).message})`;
    throw new RecordMalformedError(`${reason}: a record is one JSON object per line`, { input: name });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RecordMalformedError(`not a JSON object but ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}`, { input: name });
  }
  return value as Record<string, unknown>;
}

/** The page a record holds, as a document of its own type; the HTML field wins when both are there. */
function pageOf(record: Record<string, unknown>, fields: RecordFields, name: string): { document: InputDocument; consumed: string } {
  const consumed = typeof record[fields.html] === 'string' ? fields.html : typeof record[fields.text] === 'string' ? fields.text : null;
  if (consumed === null) throw new RecordNoPageError(`no page: neither "${fields.html}" nor "${fields.text}" is a string field`, { input: name });
  // Only an http(s) URL is the page's address; anything else just passes through.
  const url = typeof record.url === 'string' ? absoluteHttpUrl(record.url, null) : null;
  const document: InputDocument = {
    bytes: Buffer.from(record[consumed] as string, 'utf8'),
    type: consumed === fields.html ? 'html' : 'text',
    // JSON text is Unicode: a <meta charset> inside the page must not re-decode it.
    fetched: { url, charset: 'utf-8', date: fields.date === null ? null : fetchTime(record[fields.date]) },
  };
  return { document, consumed };
}

/** A record's fetch time: an ISO 8601 string or a Unix time in seconds; anything else is no time. */
function fetchTime(value: unknown): Date | null {
  const date = typeof value === 'number' ? new Date(value * 1000) : typeof value === 'string' && value.trim() !== '' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
