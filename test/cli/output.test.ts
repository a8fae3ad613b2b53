import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { SEED_SAMPLE } from '../helpers/fixtures.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();
const seedText = readFileSync(SEED_SAMPLE, 'utf8');

function savedFolder(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'saved', 'pagi'), { recursive: true });
  writeFileSync(join(dir, 'saved', 'seed.txt'), seedText);
  writeFileSync(join(dir, 'saved', 'pagi', 'kedua.html'),
    '<html><head><title>Berita Kedua Hari Ini - Contoh.id</title><meta property="og:site_name" content="Contoh.id"></head>' +
    '<body><article><h1>Berita Kedua Hari Ini</h1><p>SURABAYA - Ini paragraf pertama berita kedua yang cukup panjang untuk dihitung.</p></article></body></html>');
  return dir;
}

describe('-f json and jsonl on standard output', () => {
  it('gives an array for several inputs and for a folder, one object for a single file', async () => {
    const dir = savedFolder();
    const several = JSON.parse((await runCli(['-f', 'json', SEED_SAMPLE, SEED_SAMPLE])).stdout);
    expect(Array.isArray(several)).toBe(true);
    expect(several).toHaveLength(2);
    const folder = JSON.parse((await runCli(['-f', 'json', join(dir, 'saved')])).stdout);
    expect(folder.map((record: { title: string }) => record.title)).toEqual([
      'Berita Kedua Hari Ini', 'Putin: Rusia dan Korut Akan Hadapi Sanksi Barat Bersama',
    ]);
    const single = JSON.parse((await runCli(['-f', 'json', SEED_SAMPLE])).stdout);
    expect(Array.isArray(single)).toBe(false);
  });

  it('puts an error record in place of a failed input, so every input is accounted for', async () => {
    const jsonl = await runCli(['-f', 'jsonl', 'missing.html', SEED_SAMPLE]);
    const [failure, success] = jsonl.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(failure).toEqual({ input: 'missing.html', error: { code: 'E_INPUT_NOT_FOUND', message: 'no such file or directory' } });
    expect(success.title).toMatch(/^Putin/);
    const json = JSON.parse((await runCli(['-f', 'json', 'missing.html', SEED_SAMPLE])).stdout);
    expect(json[0].error.code).toBe('E_INPUT_NOT_FOUND');
    expect(json).toHaveLength(2);
  });

  it('writes every record on one line however many newlines its text holds', async () => {
    const result = await runCli(['-f', 'jsonl', SEED_SAMPLE, SEED_SAMPLE, SEED_SAMPLE]);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    for (const line of lines.slice(0, 3)) expect(JSON.parse(line).paragraphs).toHaveLength(9);
  });

  it('has every field of the record, null where unknown', async () => {
    const record = JSON.parse((await runCli(['-f', 'json', SEED_SAMPLE])).stdout);
    expect(Object.keys(record)).toEqual([
      'input', 'type', 'article', 'title', 'paragraphs', 'text', 'removed', 'url', 'fetchedUrl', 'fetchedAt', 'author',
      'editor', 'published', 'publishedApproximate', 'modified', 'site', 'section', 'tags', 'description', 'image', 'language',
    ]);
  });

  it('ends quietly with status 0 when the reader goes away (kliping big-folder | head -1)', async () => {
    const folder = tempDir();
    for (let n = 0; n < 400; n += 1) writeFileSync(join(folder, `${String(n).padStart(3, '0')}.txt`), seedText);
    const child = spawn(process.execPath, ['bin/kliping.js', folder], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk) => resolve(String(chunk))));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first.split('\n')[0]).toBe('Putin: Rusia dan Korut Akan Hadapi Sanksi Barat Bersama');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('-o, --output-dir', () => {
  it('writes one file per document mirroring the folder, with the format extension, and nothing on stdout', async () => {
    const dir = savedFolder();
    const out = join(dir, 'clean');
    const result = await runCli([join(dir, 'saved'), '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(out, 'seed.txt'), 'utf8')).toBe((await runCli([SEED_SAMPLE])).stdout);
    expect(readFileSync(join(out, 'pagi', 'kedua.txt'), 'utf8')).toMatch(/^Berita Kedua Hari Ini\nSURABAYA/);
    const json = await runCli([join(dir, 'saved'), '-o', join(dir, 'json'), '-f', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'json', 'seed.json'), 'utf8')).removed).toEqual({ boilerplate: 4, duplicates: 8 });
  });

  it('never overwrites an existing file without --force, and leaves no temporary files', async () => {
    const dir = savedFolder();
    const out = join(dir, 'clean');
    mkdirSync(out);
    writeFileSync(join(out, 'seed.txt'), 'kept\n');
    const refused = await runCli([join(dir, 'saved'), '-o', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/seed\.txt: .*seed\.txt exists \(use --force to overwrite\)/);
    expect(readFileSync(join(out, 'seed.txt'), 'utf8')).toBe('kept\n');
    expect(existsSync(join(out, 'pagi', 'kedua.txt'))).toBe(true);
    const forced = await runCli([join(dir, 'saved'), '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'seed.txt'), 'utf8')).toMatch(/^Putin/);
    const leftovers = readdirSync(out, { recursive: true }).filter((name) => String(name).includes('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('gives two inputs with the same name two files', async () => {
    const dir = tempDir();
    const result = await runCli([SEED_SAMPLE, SEED_SAMPLE, '-o', join(dir, 'out')]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'sindonews-putin-korut-duplicated-body-2.txt', 'sindonews-putin-korut-duplicated-body.txt',
    ]);
  });

  it('refuses to replace an input with its own output', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'seed.txt'), seedText);
    const result = await runCli([join(dir, 'seed.txt'), '-o', dir, '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is the input itself/);
    expect(readFileSync(join(dir, 'seed.txt'), 'utf8')).toBe(seedText);
  });

  it('names standard input "stdin"', async () => {
    const dir = tempDir();
    await runCli(['-o', dir, '-f', 'jsonl'], { stdin: seedText });
    expect(readdirSync(dir)).toEqual(['stdin.jsonl']);
  });
});

describe('--append', () => {
  it('adds one JSON line per document to the file across runs, and nothing on stdout', async () => {
    const out = join(tempDir(), 'out.jsonl');
    for (let run = 0; run < 2; run += 1) {
      const result = await runCli(['-f', 'jsonl', '--append', out, SEED_SAMPLE]);
      expect(result).toMatchObject({ code: 0, stdout: '' });
    }
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line).title)).toEqual(Array(2).fill('Putin: Rusia dan Korut Akan Hadapi Sanksi Barat Bersama'));
  });

  it('refuses formats other than JSON Lines, and --output-dir beside it, touching nothing', async () => {
    const dir = tempDir();
    const text = await runCli(['--append', join(dir, 'out.txt'), SEED_SAMPLE]);
    expect(text).toMatchObject({ code: 2, stderr: 'kliping: --append writes JSON Lines: add -f jsonl\n' });
    const both = await runCli(['-f', 'jsonl', '--append', join(dir, 'out.jsonl'), '-o', join(dir, 'clean'), SEED_SAMPLE]);
    expect(both).toMatchObject({ code: 2, stderr: 'kliping: --append and --output-dir both say where results go: choose one\n' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('-o, --output-dir run again', () => {
  it('keeps the files that already hold what it would write, without an error, and writes the rest', async () => {
    const dir = savedFolder();
    const out = join(dir, 'clean');
    expect((await runCli([join(dir, 'saved'), '-o', out])).code).toBe(0);
    writeFileSync(join(dir, 'saved', 'pagi', 'ketiga.txt'), 'Berita Ketiga\nIni paragraf pertama berita ketiga yang cukup panjang untuk dihitung.\n');
    const again = await runCli([join(dir, 'saved'), '-o', out]);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(join(out, 'pagi')).sort()).toEqual(['kedua.txt', 'ketiga.txt']);
  });
});
