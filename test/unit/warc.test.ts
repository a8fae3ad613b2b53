import { statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { InputItem, SourceFile } from '../../src/input/item.js';
import { urlFilter } from '../../src/input/url-filter.js';
import { readWarc } from '../../src/input/warc.js';
import type { ErrorRecord } from '../../src/record.js';
import { useTempDirs } from '../helpers/tmp.js';
import { recordAt, type RecordSpec, warcFile } from '../helpers/warc.js';

const tempDir = useTempDirs();
const HTML = { 'Content-Type': 'text/html; charset=windows-1252' };
const page = (title: string): string => `<html><head><title>${title}</title></head><body><p>${title}</p></body></html>`;
const CRAWL: RecordSpec[] = [
  { type: 'warcinfo' },
  { type: 'request', url: 'https://tirto.id/satu' },
  { type: 'response', url: 'https://tirto.id/satu', date: '2024-06-18T01:00:00Z', httpHeaders: HTML, body: page('Satu') },
  { type: 'response', url: 'https://detik.com/dua', httpHeaders: HTML, body: page('Dua') },
  { type: 'resource', url: 'https://grid.id/tiga', contentType: 'text/html', body: page('Tiga') },
];

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const all: InputItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function crawlFile(specs: RecordSpec[], gzip = true, name = 'crawl.warc.gz'): Promise<{ path: string; offsets: number[]; size: number }> {
  const { bytes, offsets } = await warcFile(specs, gzip);
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return { path, offsets, size: bytes.length };
}

/** The file as the input stage hands it to the reader (it may vanish between the two). */
function sourceOf(path: string): SourceFile {
  const info = statSync(path, { throwIfNoEntry: false });
  return { name: path, outputPath: basename(path), size: info?.size ?? 0, mtimeMs: info?.mtimeMs ?? 0, container: true };
}

const failure = (item: InputItem): Promise<unknown> => item.read().then(() => 'read', (error: unknown) => error);

describe('readWarc', () => {
  it('yields each page record with its URL, WARC-Date, charset, and the coordinates that find it again', async () => {
    const { path, offsets, size } = await crawlFile(CRAWL);
    const items = await collect(readWarc(sourceOf(path)));
    expect(items.map((item) => item.name)).toEqual([2, 3, 4].map((index) => `${path}@${offsets[index]}`));
    expect(items.map((item) => item.outputPath)).toEqual([2, 3, 4].map((index) => `crawl.warc.gz/${offsets[index]}`));
    expect(items[0]!.source).toMatchObject({ name: path, outputPath: 'crawl.warc.gz', size, container: true });
    const first = await items[0]!.read();
    expect(first.bytes.toString()).toBe(page('Satu'));
    expect(first.fetched).toEqual({ url: 'https://tirto.id/satu', charset: 'windows-1252', date: new Date('2024-06-18T01:00:00Z') });
    expect((await items[2]!.read()).fetched).toMatchObject({ url: 'https://grid.id/tiga', charset: null });
    const result = { input: items[1]!.name, outputPath: items[1]!.outputPath, error: { code: 'E_X', message: 'x' } } as unknown as ErrorRecord;
    expect(items[1]!.wrap!(result)).toEqual({
      ...result,
      warc_filename: path,
      warc_record_offset: offsets[3],
      warc_record_length: offsets[4]! - offsets[3]!,
      warc_date: '2024-06-18T03:00:00Z',
    });
    expect(await recordAt(path, offsets[3]!, offsets[4]! - offsets[3]!)).toMatchObject({ type: 'response', url: 'https://detik.com/dua' });
  });

  it('gives a .warc record the bytes up to the next record, the last one those up to the file end', async () => {
    const { path, offsets, size } = await crawlFile(CRAWL, false, 'crawl.warc');
    const items = await collect(readWarc(sourceOf(path)));
    const lengths = items.map((item) => (item.wrap!({} as ErrorRecord) as { warc_record_length: number }).warc_record_length);
    expect(lengths).toEqual([offsets[3]! - offsets[2]!, offsets[4]! - offsets[3]!, size - offsets[4]!]);
  });

  it('refuses a .warc.gz compressed as a whole, whose records no offset can locate', async () => {
    const { bytes } = await warcFile(CRAWL, false);
    const path = join(tempDir(), 'whole.warc.gz');
    writeFileSync(path, gzipSync(bytes));
    const items = await collect(readWarc(sourceOf(path)));
    expect(items).toHaveLength(1);
    expect(await failure(items[0]!)).toMatchObject({ code: 'E_INPUT_UNSUPPORTED', input: path, message: expect.stringMatching(/^gzip-compressed as a whole, .*gunzip it/) });
  });

  it('passes over the records the URL filter refuses', async () => {
    const { path } = await crawlFile(CRAWL);
    const items = await collect(readWarc(sourceOf(path), { urlFilter: urlFilter('.id') }));
    expect(await Promise.all(items.map(async (item) => (await item.read()).fetched?.url))).toEqual(['https://tirto.id/satu', 'https://grid.id/tiga']);
  });

  it('fails a payload past maxBytes alone, with its coordinates, and reads on', async () => {
    const big = { type: 'response', url: 'https://tirto.id/besar', httpHeaders: HTML, body: page('x'.repeat(5000)) } as const;
    const { path, offsets } = await crawlFile([big, ...CRAWL.slice(2)]);
    const items = await collect(readWarc(sourceOf(path), { maxBytes: 1000 }));
    expect(items).toHaveLength(4);
    expect(await failure(items[0]!)).toMatchObject({ code: 'E_INPUT_TOO_LARGE', input: `${path}@0`, message: 'page larger than 1000 bytes (--max-bytes)' });
    expect(items[0]!.wrap).toBeDefined();
    expect(items[1]!.name).toBe(`${path}@${offsets[1]}`);
  });

  it.each([
    ['a missing file', null, 'E_INPUT_NOT_FOUND', 'no such file or directory'],
    ['an HTML file', Buffer.from(page('Bukan WARC')), 'E_WARC_CORRUPT', 'not a WARC file'],
    ['a gzip file cut short in its first record', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]), 'E_WARC_TRUNCATED', 'truncated WARC record at offset 0 (the file ends inside its gzip member)'],
  ])('fails %s as one item for the file', async (_, bytes, code, message) => {
    const path = join(tempDir(), 'x.warc.gz');
    if (bytes) writeFileSync(path, bytes);
    const items = await collect(readWarc(sourceOf(path)));
    expect(items.map((item) => item.name)).toEqual([path]);
    expect(await failure(items[0]!)).toMatchObject({ code, input: path, message });
  });

  it('ends with one failed item where the data stops being records, after the records before it', async () => {
    const { path, size } = await crawlFile(CRAWL);
    writeFileSync(path, Buffer.from('sampah di akhir berkas\r\n\r\n'), { flag: 'a' });
    const items = await collect(readWarc(sourceOf(path)));
    expect(items).toHaveLength(4);
    expect(await failure(items[3]!)).toMatchObject({ code: 'E_WARC_CORRUPT', input: path, message: `no WARC record at offset ${size} (corrupt data)` });
  });

  it('refuses a record whose HTTP headers run past its end, rather than misread the records after it', async () => {
    const { path, offsets } = await crawlFile([CRAWL[0]!, { type: 'request', url: 'https://tirto.id/satu', httpHeaders: {} }, ...CRAWL.slice(2)], false, 'crawl.warc');
    const items = await collect(readWarc(sourceOf(path)));
    expect(items).toHaveLength(1);
    expect(await failure(items[0]!)).toMatchObject({ code: 'E_WARC_CORRUPT', message: `WARC record at offset ${offsets[1]} has HTTP headers without their closing blank line` });
  });
});
