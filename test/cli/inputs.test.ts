import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SEED_SAMPLE } from '../helpers/fixtures.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();
const seed = readFileSync(SEED_SAMPLE);
const article = (title: string, body: string): string =>
  `${title}\nloading...\n${body} Paragraf ini cukup panjang untuk menjadi isi berita yang sebenarnya.\n`;
const html = (title: string, body: string): string =>
  `<!doctype html><html lang="id"><head><title>${title}</title></head><body><nav><a href="/">Beranda</a></nav>` +
  `<article><h1>${title}</h1><p>${body} Paragraf ini cukup panjang untuk menjadi isi berita yang sebenarnya di halaman.</p></article></body></html>`;

describe('many inputs', () => {
  it('cleans every file given, in order, separated by one blank line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), article('Judul Pertama Berita', 'JAKARTA - Isi pertama.'));
    writeFileSync(join(dir, 'b.html'), html('Judul Kedua Berita', 'BANDUNG - Isi kedua.'));
    const result = await runCli([join(dir, 'b.html'), join(dir, 'a.txt')]);
    expect(result.code).toBe(0);
    const documents = result.stdout.split('\n\n');
    expect(documents).toHaveLength(2);
    expect(documents[0]).toMatch(/^Judul Kedua Berita\nBANDUNG - Isi kedua\./);
    expect(documents[1]).toMatch(/^Judul Pertama Berita\nJAKARTA - Isi pertama\./);
  });

  it('walks a folder recursively in name order, taking only page files, gzip ones too', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'b.htm'), html('Berita Dari Folder B', 'B - Isi.'));
    writeFileSync(join(dir, 'a.txt'), article('Berita Dari Folder A', 'A - Isi.'));
    writeFileSync(join(dir, 'sub', 'c.xhtml'), html('Berita Dari Folder C', 'C - Isi.'));
    writeFileSync(join(dir, 'sub', 'deeper', 'd.html.gz'), gzipSync(html('Berita Dari Folder D', 'D - Isi.')));
    writeFileSync(join(dir, 'sub', 'e.txt.gz'), gzipSync(article('Berita Dari Folder E', 'E - Isi.')));
    writeFileSync(join(dir, 'notes.md'), '# not a page\n');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(join(dir, '.hidden.html'), html('Tersembunyi Sekali Ini', 'X - Isi.'));
    const result = await runCli(['-f', 'jsonl', dir]);
    expect(result.code).toBe(0);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => record.title)).toEqual([
      'Berita Dari Folder A', 'Berita Dari Folder B', 'Berita Dari Folder C', 'Berita Dari Folder D', 'Berita Dari Folder E',
    ]);
    expect(records[0].input).toBe(join(dir, 'a.txt'));
    expect(records[3].type).toBe('html');
    expect(records[3].input).toBe(join(dir, 'sub', 'deeper', 'd.html.gz'));
  });

  it('does not loop forever on a symbolic link back to a parent folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), article('Berita Dalam Sub Folder', 'A - Isi.'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const result = await runCli(['-f', 'jsonl', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reads inputs listed one per line with -i, skipping comments and blank lines', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), article('Berita Dari Daftar Input', 'A - Isi.'));
    writeFileSync(join(dir, 'list.txt'), `# pages of the day\n\n${join(dir, 'a.txt')}\n  ${SEED_SAMPLE}  \n`);
    const result = await runCli(['-f', 'jsonl', '-i', join(dir, 'list.txt')]);
    expect(result.code).toBe(0);
    const titles = result.stdout.trim().split('\n').map((line) => JSON.parse(line).title);
    expect(titles).toEqual(['Berita Dari Daftar Input', 'Putin: Rusia dan Korut Akan Hadapi Sanksi Barat Bersama']);
  });

  it('reads the -i list from stdin with -i -', async () => {
    const result = await runCli(['-f', 'jsonl', '-i', '-'], { stdin: `${SEED_SAMPLE}\n` });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).removed).toEqual({ boilerplate: 4, duplicates: 8 });
  });

  it('inflates gzip data on stdin', async () => {
    const result = await runCli(['-f', 'json'], { stdin: gzipSync(seed) });
    expect(JSON.parse(result.stdout).paragraphs).toHaveLength(9);
  });

  it('reads a page as text or HTML when --type says so', async () => {
    const page = html('Judul Halaman Paksa', 'JAKARTA - Isi.');
    const asText = JSON.parse((await runCli(['-f', 'json', '--type', 'text'], { stdin: page })).stdout);
    const asHtml = JSON.parse((await runCli(['-f', 'json', '--type', 'html'], { stdin: page })).stdout);
    expect(asText.type).toBe('text');
    expect(asText.paragraphs.join(' ')).toContain('<article>');
    expect(asHtml.type).toBe('html');
    expect(asHtml.title).toBe('Judul Halaman Paksa');
  });
});

describe('bad inputs: one line on stderr naming the input, exit 1, the rest of the batch intact', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a missing file', (dir) => join(dir, 'missing.html'), /missing\.html: no such file or directory$/],
    ['an empty file', (dir) => write(dir, 'empty.txt', ''), /empty\.txt: empty input$/],
    ['a whitespace-only file', (dir) => write(dir, 'blank.txt', ' \n\t\n'), /blank\.txt: no text \(only whitespace\)$/],
    ['a binary file', (dir) => write(dir, 'photo.html', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])), /photo\.html: binary data/],
    ['a folder with nothing usable', (dir) => { mkdirSync(join(dir, 'images')); write(dir, 'images/a.png', 'x'); return join(dir, 'images'); }, /images: no \.html, \.htm, \.xhtml, \.txt or \.warc files/],
    ['a corrupt gzip file', (dir) => write(dir, 'page.html.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3])), /page\.html\.gz: corrupt gzip data/],
    ['a URL of another scheme', () => 'ftp://example.com/berita.html', /unsupported scheme "ftp:"/],
    ['a missing -i list', (dir) => `-i=${join(dir, 'nolist.txt')}`, /nolist\.txt: no such file or directory$/],
  ];

  it.each(cases)('%s', async (_label, make, message) => {
    const dir = tempDir();
    const bad = make(dir);
    const result = await runCli(['-f', 'jsonl', SEED_SAMPLE, bad.startsWith('-i=') ? '-i' : bad, ...(bad.startsWith('-i=') ? [bad.slice(3)] : []), SEED_SAMPLE]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kliping: /);
    expect(lines[0]).toMatch(message);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    const good = records.filter((record) => !record.error);
    expect(good).toHaveLength(2);
    for (const record of good) expect(record.paragraphs).toHaveLength(9);
    const failures = records.filter((record) => record.error);
    expect(failures).toHaveLength(1);
    expect(failures[0].error.code).toMatch(/^E_/);
  });
});

function write(dir: string, name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}
