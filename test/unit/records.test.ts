import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { InputItem, SourceFile } from '../../src/input/index.js';
import { type Line, splitLines } from '../../src/input/lines.js';
import { DEFAULT_RECORD_FIELDS, readRecords } from '../../src/input/records.js';

async function lines(chunks: string[], maxBytes = 1000): Promise<Line[]> {
  const found: Line[] = [];
  for await (const line of splitLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), maxBytes)) found.push(line);
  return found;
}

const asText = (line: Line): string | number => ('bytes' in line ? line.bytes.toString() : -line.tooLong);

describe('splitLines', () => {
  it('numbers lines across chunk boundaries, with CRLF, blank lines, and no newline at the end', async () => {
    expect((await lines(['ab', 'c\r\nde\n', '\n', 'f'])).map(asText)).toEqual(['abc', 'de', '', 'f']);
    expect((await lines(['a\n', 'b\n'])).map((line) => line.number)).toEqual([1, 2]);
    expect(await lines([])).toEqual([]);
  });

  it('skips a line longer than the limit without keeping it, and goes on with the next', async () => {
    const found = await lines(['short\n', 'x'.repeat(8), 'y'.repeat(8), '\nnext\n', 'z'.repeat(20)], 10);
    expect(found.map(asText)).toEqual(['short', -16, 'next', -20]);
    expect(found.map((line) => line.number)).toEqual([1, 2, 3, 4]);
  });
});

const SOURCE: SourceFile = { name: 'dump.jsonl', outputPath: 'dump.jsonl', size: 0, mtimeMs: 0, container: true };

async function records(text: string, options = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readRecords(Readable.from([Buffer.from(text)]), SOURCE, { fields: DEFAULT_RECORD_FIELDS, maxBytes: 1 << 20, ...options })) items.push(item);
  return items;
}

describe('readRecords', () => {
  it('names each record by its file and line, reads its page by field, and passes the other fields through', async () => {
    const [html, text] = await records(
      `${JSON.stringify({ id: 7, url: 'https://x.id/a', html: '<p>Halo</p>', meta: { a: [1] } })}\n${JSON.stringify({ id: 8, text: 'Baris' })}\n`,
    );
    expect(html!.name).toBe('dump.jsonl:1');
    const document = await html!.read();
    expect(document).toMatchObject({ type: 'html', fetched: { url: 'https://x.id/a', charset: 'utf-8', date: null } });
    expect(document.bytes.toString()).toBe('<p>Halo</p>');
    expect(html!.wrap!({ input: 'dump.jsonl:1', error: { code: 'E', message: 'm' } })).toEqual({
      id: 7,
      url: 'https://x.id/a',
      meta: { a: [1] },
      kliping: { input: 'dump.jsonl:1', error: { code: 'E', message: 'm' } },
    });
    expect(await text!.read()).toMatchObject({ type: 'text', fetched: { url: null } });
    expect(text!.wrap!({ input: 'x', error: { code: 'E', message: 'm' } })).toEqual({ id: 8, kliping: { input: 'x', error: { code: 'E', message: 'm' } } });
  });

  it("takes a record's url as the page's only when it is an http(s) URL", async () => {
    const urls = ['https://x.id/a', 'http://x.id/b', 'not a url', 'javascript:alert(1)', 'ftp://x.id/c', 42, ''];
    const items = await records(urls.map((url) => JSON.stringify({ url, text: 'x' })).join('\n'));
    const read = await Promise.all(items.map((item) => item.read()));
    expect(read.map((document) => document.fetched?.url)).toEqual(['https://x.id/a', 'http://x.id/b', null, null, null, null, null]);
  });

  it('takes pages from the fields it is told, the HTML field first', async () => {
    const [item] = await records(`${JSON.stringify({ body: '<p>x</p>', content: 'y' })}\n`, { fields: { html: 'body', text: 'content' } });
    const document = await item!.read();
    expect(document.type).toBe('html');
    expect(item!.wrap!({ input: 'x', error: { code: 'E', message: 'm' } })).toMatchObject({ content: 'y' });
  });

  it('fails a bad line with its own error, keeping its place and, when it has them, its fields', async () => {
    const items = await records(['{bad', '', '[1]', '"text"', '{"id":3}', `{"id":4,"text":"${'x'.repeat(50)}"}`].join('\n'), { maxBytes: 40 });
    const codes = await Promise.all(items.map((item) => item.read().then(() => 'ok', (error: { code: string }) => error.code)));
    expect(codes).toEqual(['E_RECORD_MALFORMED', 'E_RECORD_MALFORMED', 'E_RECORD_MALFORMED', 'E_RECORD_MALFORMED', 'E_RECORD_NO_PAGE', 'E_INPUT_TOO_LARGE']);
    expect(items[4]!.wrap!({ input: 'x', error: { code: 'E', message: 'm' } })).toMatchObject({ id: 3 });
  });

  it('takes only its shard of the lines, by line number', async () => {
    const text = Array.from({ length: 40 }, (_, n) => JSON.stringify({ n, text: 'x' })).join('\n');
    const shards = await Promise.all([1, 2, 3].map((index) => records(text, { shard: { index, count: 3 } })));
    const names = shards.map((items) => items.map((item) => item.name));
    expect(names.flat().sort()).toEqual((await records(text)).map((item) => item.name).sort());
    for (const part of names) expect(part.length).toBeGreaterThan(5);
  });
});
