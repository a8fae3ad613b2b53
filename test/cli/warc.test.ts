import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';
import { articlePage } from '../helpers/server.js';
import { useTempDirs } from '../helpers/tmp.js';
import { recordAt, type RecordSpec, warcFile } from '../helpers/warc.js';

const tempDir = useTempDirs();
const records = (stdout: string): Record<string, any>[] => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, name, 'input.html'), 'utf8');
const HTML = { 'Content-Type': 'text/html; charset=UTF-8' };

/** Chunked transfer around a gzip-encoded body, as a server may send it and a crawler store it. */
function chunkedGzip(html: string): Buffer {
  const gzip = gzipSync(html);
  const half = Math.floor(gzip.length / 2);
  const chunk = (part: Buffer): Buffer => Buffer.concat([Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from('\r\n')]);
  return Buffer.concat([chunk(gzip.subarray(0, half)), chunk(gzip.subarray(half)), Buffer.from('0\r\n\r\n')]);
}

/** A small crawl of Common Crawl's shape: the pages worth cleaning and everything else a crawl holds. */
const CRAWL: RecordSpec[] = [
  { type: 'warcinfo' },
  { type: 'request', url: 'https://www.grid.id/read/044123456/kebakaran' },
  { type: 'response', url: 'https://www.grid.id/read/044123456/kebakaran', httpHeaders: HTML, body: fixture('site-grid') },
  { type: 'metadata', url: 'https://www.grid.id/read/044123456/kebakaran', contentType: 'application/warc-fields', body: 'fetchTimeMs: 120\r\n' },
  { type: 'request', url: 'https://news.detik.com/berita/d-7394821/hujan-deras' },
  { type: 'response', url: 'https://news.detik.com/berita/d-7394821/hujan-deras', httpHeaders: HTML, body: fixture('site-detik') },
  { type: 'response', url: 'https://tirto.id/foto/banjir.jpg', httpHeaders: { 'Content-Type': 'image/jpeg' }, body: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) },
  { type: 'revisit', url: 'https://www.grid.id/read/044123456/kebakaran', httpHeaders: HTML },
  { type: 'response', url: 'https://www.inews.id/hilang', status: 404, httpHeaders: HTML, body: '<html><body><h1>Halaman tidak ditemukan</h1></body></html>' },
  {
    type: 'response',
    url: 'https://www.inews.id/news/nasional/polri-bongkar-sindikat',
    httpHeaders: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
    body: chunkedGzip(fixture('site-inews')),
  },
  {
    type: 'response',
    url: 'https://tirto.id/banjir-rob-relatif',
    date: '2024-06-18T10:00:00Z',
    httpHeaders: HTML,
    body: articlePage('Relatif').replace('<article>', '<div class="date">2 jam yang lalu</div><article>'),
  },
  { type: 'response', url: 'https://nasional.kontan.co.id/news/tanpa-tipe', httpHeaders: { Server: 'nginx' }, body: fixture('site-kontan') },
  { type: 'response', url: 'https://www.viva.co.id/tanpa-tipe.bin', httpHeaders: { Server: 'nginx' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
  { type: 'response', url: 'https://katadata.co.id/berita/industri/65e0a1b2c3d4e/produksi-nikel', httpHeaders: HTML, body: fixture('site-katadata') },
];
/** The pages of CRAWL whose host ends in .id, in file order. */
const ID_PAGES = [
  'https://www.grid.id/read/044123456/kebakaran',
  'https://www.inews.id/news/nasional/polri-bongkar-sindikat',
  'https://tirto.id/banjir-rob-relatif',
  'https://nasional.kontan.co.id/news/tanpa-tipe',
  'https://katadata.co.id/berita/industri/65e0a1b2c3d4e/produksi-nikel',
];
const ALL_PAGES = [ID_PAGES[0], 'https://news.detik.com/berita/d-7394821/hujan-deras', ...ID_PAGES.slice(1)];

let gzipped: Awaited<ReturnType<typeof warcFile>>;
let plain: Awaited<ReturnType<typeof warcFile>>;
beforeAll(async () => {
  gzipped = await warcFile(CRAWL, true);
  plain = await warcFile(CRAWL, false);
});

/** Where the response for `url` begins in a crawl file. */
function offsetOf(crawl: typeof gzipped, url: string): number {
  return crawl.offsets[CRAWL.findIndex((spec) => spec.type === 'response' && spec.url === url)]!;
}

/** Writes a crawl into a fresh folder and returns its path. */
function write(name: string, bytes: Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

describe('WARC input', () => {
  it('cleans only the HTML 200 responses the filter selects, in file order, each named by its record offset', async () => {
    const path = write('crawl.warc.gz', gzipped.bytes);
    const result = await runCli([path, '--url-filter', '\\.id$', '-f', 'jsonl']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const cleaned = records(result.stdout);
    expect(cleaned.map((record) => record.fetchedUrl)).toEqual(ID_PAGES);
    for (const [index, record] of cleaned.entries()) {
      expect(record.input).toBe(`${path}@${offsetOf(gzipped, ID_PAGES[index]!)}`);
      expect(record.paragraphs.length).toBeGreaterThan(0);
    }
  });

  it('gives each record its WARC coordinates, a byte range another tool reads the record from', async () => {
    const path = write('crawl.warc.gz', gzipped.bytes);
    const cleaned = records((await runCli([path, '--url-filter', '.id', '-f', 'jsonl'])).stdout);
    for (const [index, record] of cleaned.entries()) {
      const offset = offsetOf(gzipped, ID_PAGES[index]!);
      const next = gzipped.offsets[gzipped.offsets.indexOf(offset) + 1] ?? gzipped.bytes.length;
      expect(record).toMatchObject({ warc_filename: path, warc_record_offset: offset, warc_record_length: next - offset, warc_date: expect.stringMatching(/^2024-06-18T(03|10):00:00Z$/) });
      expect(await recordAt(path, offset, next - offset)).toEqual({ type: 'response', url: record.fetchedUrl, date: record.warc_date });
    }
  });

  // Fails while a WARC file is taken for one document (knownDocumentCount): it holds many.
  it('prints one JSON array for a WARC file with -f json', async () => {
    const path = write('crawl.warc.gz', gzipped.bytes);
    const result = await runCli([path, '--url-filter', '.id', '-f', 'json']);
    expect(JSON.parse(result.stdout)).toHaveLength(ID_PAGES.length);
  });

  it('reads the WARC-Date as the time a relative date counts back from', async () => {
    const path = write('crawl.warc.gz', gzipped.bytes);
    const cleaned = records((await runCli([path, '--url-filter', 'tirto.id', '-f', 'jsonl'])).stdout);
    expect(cleaned).toHaveLength(1);
    expect(cleaned[0]).toMatchObject({ fetchedAt: '2024-06-18T10:00:00.000Z', published: '2024-06-18T15:00:00+07:00', publishedApproximate: true });
  });

  it('decodes a chunked, gzip-encoded payload, and reads a real page as the fixture does', async () => {
    const path = write('crawl.warc.gz', gzipped.bytes);
    const [record] = records((await runCli([path, '--url-filter', 'inews.id', '-f', 'jsonl'])).stdout);
    const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'site-inews', 'expected.json'), 'utf8'));
    expect(record).toMatchObject({ title: expected.title, paragraphs: expected.paragraphs });
  });

  it('reads an uncompressed .warc the same way, at its own offsets', async () => {
    const path = write('crawl.warc', plain.bytes);
    const cleaned = records((await runCli([path, '-f', 'jsonl'])).stdout);
    expect(cleaned.map((record) => record.fetchedUrl)).toEqual(ALL_PAGES);
    for (const record of cleaned) {
      const offset = offsetOf(plain, record.fetchedUrl);
      expect(record.input).toBe(`${path}@${offset}`);
      expect(await recordAt(path, offset)).toMatchObject({ type: 'response', url: record.fetchedUrl });
    }
  });

  it('selects by host suffix, host list file and regular expression alike', async () => {
    const dir = tempDir();
    const path = join(dir, 'crawl.warc.gz');
    writeFileSync(path, gzipped.bytes);
    writeFileSync(join(dir, 'hosts.txt'), '# berita\ndetik.com\ntirto.id\n');
    const urls = async (filter: string): Promise<string[]> => records((await runCli([path, '--url-filter', filter, '-f', 'jsonl'])).stdout).map((record) => record.fetchedUrl);
    expect(await urls('.id')).toEqual(ID_PAGES);
    expect(await urls('co.id')).toEqual(ID_PAGES.slice(3));
    expect(await urls(join(dir, 'hosts.txt'))).toEqual([ALL_PAGES[1], ID_PAGES[2]]);
    expect(await urls('^(news|www)\\.')).toEqual(ALL_PAGES.slice(0, 3));
  });

  it('refuses a bad regular expression as a usage error, before reading anything', async () => {
    const path = write('crawl.warc.gz', gzipped.bytes);
    const result = await runCli([path, '--url-filter', '(\\.id$', '-f', 'jsonl']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^kliping: --url-filter: not a host and not a valid regular expression: .+\n$/);
  });

  it.each([
    ['gzip member per record', true],
    ['uncompressed', false],
  ])('ends a truncated file (%s) with one error naming it, after every good record', async (_, gzip) => {
    const crawl = gzip ? gzipped : plain;
    const path = write(gzip ? 'cut.warc.gz' : 'cut.warc', crawl.bytes.subarray(0, crawl.bytes.length - 300));
    const result = await runCli([path, '--url-filter', '.id', '-f', 'jsonl']);
    expect(result.code).toBe(1);
    const lines = records(result.stdout);
    expect(lines.slice(0, -1).map((record) => record.fetchedUrl)).toEqual(ID_PAGES.slice(0, -1));
    // The cut takes the 4 bytes of blank lines after the last record, and 296 of the record itself.
    const length = /Content-Length: (\d+)/.exec(crawl.bytes.subarray(crawl.offsets.at(-1)).toString('latin1'))?.[1];
    const reason = gzip ? 'the file ends inside its gzip member' : `296 of its ${length} bytes missing`;
    expect(lines.at(-1)).toMatchObject({ input: path, error: { code: 'E_WARC_TRUNCATED' } });
    expect(result.stderr).toBe(`kliping: ${path}: truncated WARC record at offset ${crawl.offsets.at(-1)} (${reason})\n`);
  });

  it('with -o gathers each WARC file in one JSON Lines file; --done-dir then passes a finished file over, not a truncated one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'crawl.warc.gz'), gzipped.bytes);
    writeFileSync(join(dir, 'cut.warc.gz'), gzipped.bytes.subarray(0, gzipped.bytes.length - 300));
    const args = ['crawl.warc.gz', 'cut.warc.gz', '--url-filter', '.id', '-f', 'jsonl', '-o', 'out', '--done-dir', 'done'];
    const first = await runCli(args, { cwd: dir });
    expect(first.code).toBe(1);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['crawl.jsonl', 'cut.jsonl']);
    const gathered = records(readFileSync(join(dir, 'out', 'crawl.jsonl'), 'utf8'));
    expect(gathered.map((record) => record.fetchedUrl)).toEqual(ID_PAGES);
    expect(gathered.map((record) => record.warc_filename)).toEqual(ID_PAGES.map(() => 'crawl.warc.gz'));
    expect(records(readFileSync(join(dir, 'out', 'cut.jsonl'), 'utf8')).at(-1)).toMatchObject({ input: 'cut.warc.gz', error: { code: 'E_WARC_TRUNCATED' } });
    expect(readdirSync(join(dir, 'done'))).toEqual([expect.stringMatching(/^crawl\.warc\.gz\./)]);
    const second = await runCli(args, { cwd: dir });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^kliping: cut\.warc\.gz: truncated WARC record at offset \d+ \(the file ends inside its gzip member\)\n$/);
  });

  it('cleans the same in worker threads (-j 1) as in the main thread (one file)', async () => {
    const path = write('crawl.warc.gz', gzipped.bytes);
    const single = records((await runCli([path, '-f', 'jsonl'])).stdout);
    const other = write('other.warc', plain.bytes);
    const pooled = records((await runCli([path, other, '-j', '1', '-f', 'jsonl'])).stdout);
    expect(pooled).toHaveLength(2 * ALL_PAGES.length);
    expect(pooled.slice(0, ALL_PAGES.length)).toEqual(single);
  });

  it('finds WARC files in a folder walk, and fails a WARC payload past --max-bytes alone', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'crawls'));
    writeFileSync(join(dir, 'crawls', 'a.warc.gz'), gzipped.bytes);
    writeFileSync(join(dir, 'page.html'), articlePage('Lepas'));
    const result = await runCli([dir, '--max-bytes', '10k', '--url-filter', '.id', '-f', 'jsonl']);
    expect(result.code).toBe(1);
    const lines = records(result.stdout);
    expect(lines.map((record) => record.fetchedUrl ?? record.error?.code ?? null)).toEqual(['E_INPUT_TOO_LARGE', ...ID_PAGES.slice(1), null]);
    const tooLarge = `${join(dir, 'crawls', 'a.warc.gz')}@${offsetOf(gzipped, ID_PAGES[0]!)}`;
    expect(lines[0]!.input).toBe(tooLarge);
    expect(lines.at(-1)!.input).toBe(join(dir, 'page.html'));
    expect(result.stderr).toBe(`kliping: ${tooLarge}: page larger than 10240 bytes (--max-bytes)\n`);
  });
});
