import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { articlePage, html, startServer, type TestServer } from '../helpers/server.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();
const QUICK = ['--delay', '0', '--retries', '0', '-f', 'jsonl'];
const lines = (text: string): Record<string, any>[] => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

/** A site with a news sitemap of `count` distinct articles, each answered after `delayMs`. */
async function newsSite(count: number, delayMs = 0): Promise<TestServer> {
  let origin = '';
  const server = await startServer({
    '/sitemap.xml': (q, r, u) => {
      const urls = Array.from({ length: count }, (_, i) => `<url><loc>${origin}/berita/${i}</loc></url>`).join('');
      html(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`, { 'content-type': 'application/xml' })(q, r, u);
    },
    '/berita/*': async (q, r, u) => {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const n = Number(u.pathname.split('/')[2]);
      html(distinctStory(n))(q, r, u);
    },
  });
  origin = server.origin;
  return server;
}

const WORDS = ['banjir', 'pasar', 'sekolah', 'jalan', 'pelabuhan', 'kebun', 'rumah sakit', 'bandara', 'stadion', 'masjid', 'terminal', 'sungai', 'gunung', 'pantai'];

/** A story unlike any other number's: the near-duplicate check must not merge them. */
function distinctStory(n: number): string {
  const words = WORDS.map((_, i) => WORDS[(i * (n + 3)) % WORDS.length]);
  const body = Array.from({ length: 4 }, (_, p) => `<p>Laporan ${n}-${p}: ${words.slice(p, p + 9).join(' dan ')} di kabupaten ${n * 7 + p} berubah pada tahun ${2000 + n + p}.</p>`).join('');
  return `<html><head><title>Berita Nomor ${n}</title></head><body><article><h1>Berita Nomor ${n}</h1>${body}</article></body></html>`;
}

describe('cron runs with --state', () => {
  it('writes each article once over two runs, and the second run fetches no article page again', async () => {
    const server = await newsSite(4);
    const dir = tempDir();
    const state = join(dir, 's.db');
    const out = join(dir, 'out.jsonl');
    for (let run = 0; run < 2; run += 1) {
      const result = await runCli([...QUICK, '--sitemap', `${server.origin}/sitemap.xml`, '--state', state]);
      expect(result.code).toBe(0);
      appendFileSync(out, result.stdout);
    }
    expect(lines(readFileSync(out, 'utf8')).map((record) => record.fetchedUrl)).toEqual([0, 1, 2, 3].map((n) => `${server.origin}/berita/${n}`));
    for (let n = 0; n < 4; n += 1) expect(server.hits(`/berita/${n}`)).toHaveLength(1);
    const again = await runCli([...QUICK, '--sitemap', `${server.origin}/sitemap.xml`, '--state', state, '--refetch']);
    expect(lines(again.stdout)).toHaveLength(4);
  });

  it('cleans a URL listed twice in one run once, though both would be in flight together', async () => {
    const server = await newsSite(4);
    const twice = `${server.origin}/berita/1`;
    const result = await runCli([...QUICK, '--state', join(tempDir(), 's.db'), twice, twice, '--sitemap', `${server.origin}/sitemap.xml`]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout).map((record) => record.fetchedUrl)).toEqual([1, 0, 2, 3].map((n) => `${server.origin}/berita/${n}`));
    expect(server.hits('/berita/1')).toHaveLength(1);
  });

  it('asks the server whether a done page changed when fetching it again with --refetch (ETag, 304)', async () => {
    const server = await startServer({
      '/e': (request, response, url) => {
        if (request.headers['if-none-match'] === '"v1"') response.writeHead(304).end();
        else html(distinctStory(7), { etag: '"v1"' })(request, response, url);
      },
    });
    const state = join(tempDir(), 's.db');
    expect(lines((await runCli([...QUICK, '--state', state, `${server.origin}/e`])).stdout)).toHaveLength(1);
    const again = await runCli([...QUICK, '--state', state, '--refetch', `${server.origin}/e`]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(server.hits('/e').map((hit) => hit.headers['if-none-match'])).toEqual([undefined, '"v1"']);
  });

  it('skips a syndicated copy of a story seen before, reporting it as skipped, not as an error', async () => {
    const story = articlePage('Antara', '<p>Paragraf ketiga yang sama persis di semua situs yang memuat ulang berita kantor berita ini, lengkap dengan kutipan panjang dari pejabat terkait soal kebijakan harga beras nasional.</p>');
    const server = await startServer({ '/a': html(story), '/b': html(story.replace('JAKARTA', 'MAKASSAR')) });
    const state = join(tempDir(), 's.db');
    const result = await runCli([...QUICK, '--state', state, `${server.origin}/a`, `${server.origin}/b`]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toHaveLength(1);
    expect(result.stderr).toBe(`kliping: ${server.origin}/b: warning: skipped: the same story as ${server.origin}/a\n`);
  });

  it('refuses a second run on a state file in use, naming the file', async () => {
    const dir = tempDir();
    const notState = join(dir, 'out.jsonl');
    writeFileSync(notState, '{"not": "a database"}\n');
    const result = await runCli([...QUICK, '--state', notState, 'https://example.invalid/x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`state store ${notState} cannot be used`));
    expect(readFileSync(notState, 'utf8')).toBe('{"not": "a database"}\n');
  });

  it('after a SIGINT mid-batch, a rerun completes it with every article exactly once', async () => {
    const server = await newsSite(12, 100);
    const dir = tempDir();
    const state = join(dir, 's.db');
    const args = ['bin/kliping.js', ...QUICK, '--concurrency', '2', '--sitemap', `${server.origin}/sitemap.xml`, '--state', state];
    const child = spawn(process.execPath, args, { cwd: ROOT });
    let first = '';
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk) => {
        first += chunk;
        if (first.split('\n').length > 3) resolve();
      }),
    );
    child.kill('SIGINT');
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(130);
    const second = await runCli(args.slice(1));
    expect(second.code).toBe(0);
    const urls = lines(first + second.stdout).map((record) => record.fetchedUrl);
    expect(urls.length).toBe(12);
    expect(new Set(urls).size).toBe(12);
    expect(lines(first).length).toBeLessThan(12);
  });
});
