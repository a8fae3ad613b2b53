import { createReadStream } from 'node:fs';
import { WARCParser, WARCRecord, WARCSerializer } from 'warcio';

/** One record to archive; a response is `200 OK` with the headers given unless told otherwise. */
export interface RecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'revisit' | 'resource' | 'metadata';
  url?: string;
  date?: string;
  status?: number;
  httpHeaders?: Record<string, string>;
  /** A resource or metadata record's own Content-Type. */
  contentType?: string;
  body?: string | Uint8Array;
}

const REASONS: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 404: 'Not Found' };

/** A WARC file as crawlers write it (with warcio itself): with `gzip`, one gzip member per record. Returns where each record starts. */
export async function warcFile(specs: RecordSpec[], gzip: boolean): Promise<{ bytes: Buffer; offsets: number[] }> {
  const records: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const spec of specs) {
    const bytes = await WARCSerializer.serialize(createRecord(spec), { gzip });
    offsets.push(offset);
    offset += bytes.length;
    records.push(bytes);
  }
  return { bytes: Buffer.concat(records), offsets };
}

function createRecord(spec: RecordSpec): WARCRecord {
  const body = typeof spec.body === 'string' ? new TextEncoder().encode(spec.body) : spec.body;
  const content = body ? [body] : undefined;
  const date = spec.date ?? '2024-06-18T03:00:00Z';
  if (spec.type === 'warcinfo') return WARCRecord.createWARCInfo({ filename: 'crawl.warc.gz', date }, { software: 'kliping tests' });
  const status = spec.status ?? 200;
  const statusline = spec.type === 'request' ? `GET ${new URL(spec.url!).pathname} HTTP/1.1` : `HTTP/1.1 ${status} ${REASONS[status] ?? 'Whatever'}`;
  return WARCRecord.create(
    {
      url: spec.url!,
      date,
      type: spec.type,
      statusline,
      // warcio misreads an HTTP message without any header line (it looks past its blank line): real ones have some.
      httpHeaders: spec.httpHeaders ?? (spec.type === 'request' ? { Host: new URL(spec.url!).host } : {}),
      ...(spec.contentType && { warcHeaders: { 'Content-Type': spec.contentType } }),
      ...(spec.type === 'revisit' && { refersToUrl: spec.url!, refersToDate: '2024-06-01T00:00:00Z' }),
    },
    content,
  );
}

/** The record that begins at `offset` (and ends within `length` bytes, if given), read with warcio as another tool would. */
export async function recordAt(path: string, offset: number, length?: number): Promise<{ type: string; url: string | null; date: string | null }> {
  const stream = createReadStream(path, { start: offset, ...(length !== undefined && { end: offset + length - 1 }) });
  try {
    const record = await new WARCParser(stream).parse();
    if (!record) throw new Error(`no record at offset ${offset}`);
    await record.readFully();
    return { type: record.warcType, url: record.warcTargetURI ?? null, date: record.warcDate ?? null };
  } finally {
    stream.destroy();
  }
}
