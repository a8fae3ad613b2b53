import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { articlePage, type Handler, html, robots, startServer } from '../helpers/server.js';

/** Fast and deterministic defaults for tests; each test states what it is about. */
const QUICK = ['--delay', '0', '--retries', '0', '-f', 'jsonl'];
const records = (stdout: string): Record<string, any>[] => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

describe('fetching URLs (against a local server)', () => {
  it('fetches a page, with the final URL and the server Date in the record, and a descriptive User-Agent', async () => {
    const server = await startServer({
      '/robots.txt': robots('User-agent: *\nAllow: /'),
      '/berita/1': html(articlePage('Satu'), { date: 'Tue, 18 Jun 2024 00:05:00 GMT' }),
    });
    const result = await runCli([...QUICK, `${server.origin}/berita/1`]);
    expect(result.code).toBe(0);
    const [record] = records(result.stdout);
    expect(record).toMatchObject({ title: 'Berita Satu Hari Ini', fetchedUrl: `${server.origin}/berita/1`, fetchedAt: '2024-06-18T00:05:00.000Z' });
    expect(record!.paragraphs[0]).toMatch(/^JAKARTA - Ini paragraf pertama dari berita Satu/);
    expect(server.hits('/berita/1')[0]!.headers['user-agent']).toMatch(/^kliping\/\d+\.\d+\.\d+ \(\+https?:\/\/\S+\)$/);
  });

  it('reads a relative publication time against the server Date, and marks it approximate', async () => {
    const page = articlePage('Relatif').replace('<article>', '<div class="date">2 jam yang lalu</div><article>');
    const server = await startServer({ '/r': html(page, { date: 'Tue, 18 Jun 2024 05:00:00 GMT' }) });
    const [record] = records((await runCli([...QUICK, `${server.origin}/r`])).stdout);
    expect(record).toMatchObject({ published: '2024-06-18T10:00:00+07:00', publishedApproximate: true });
  });

  it('follows redirects to the final page', async () => {
    const server = await startServer({
      '/a': (_q, response) => void response.writeHead(301, { location: '/b' }).end(),
      '/b': (_q, response) => void response.writeHead(302, { location: '/c' }).end(),
      '/c': html(articlePage('Tiga')),
    });
    const [record] = records((await runCli([...QUICK, `${server.origin}/a`])).stdout);
    expect(record!.fetchedUrl).toBe(`${server.origin}/c`);
    expect(record!.title).toBe('Berita Tiga Hari Ini');
  });

  // Redirect loops, other schemes, redirect caps and other abuse: hostile.test.ts.
  it.each([
    ['a 404', { '/gone': html('nope', {}, 404) }, '/gone', 'E_FETCH_HTTP_STATUS', /HTTP 404/],
    ['a non-HTML content type', { '/img': html(Buffer.from([0x89, 0x50]), { 'content-type': 'image/png' }) }, '/img', 'E_FETCH_CONTENT_TYPE', /image\/png/],
  ])('%s is one clear error, exit 1, the rest of the batch intact', async (_label, routes, path, code, message) => {
    const server = await startServer({ ...routes, '/ok': html(articlePage('Baik')) });
    const result = await runCli([...QUICK, `${server.origin}${path}`, `${server.origin}/ok`]);
    expect(result.code).toBe(1);
    const [failure, success] = records(result.stdout);
    expect(failure!.error.code).toBe(code);
    expect(failure!.error.message).toMatch(message);
    expect(success!.title).toBe('Berita Baik Hari Ini');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^kliping: ${server.origin}${path}: `));
  });

  it('retries a 500 and succeeds when the server recovers', async () => {
    let calls = 0;
    const server = await startServer({
      '/flaky': (request, response) => {
        calls += 1;
        if (calls < 3) response.writeHead(503).end('busy');
        else html(articlePage('Pulih'))(request, response, new URL('http://x'));
      },
    });
    const result = await runCli(['--delay', '0', '--retries', '2', '-f', 'jsonl', `${server.origin}/flaky`]);
    expect(result.code).toBe(0);
    expect(records(result.stdout)[0]!.title).toBe('Berita Pulih Hari Ini');
    expect(server.hits('/flaky')).toHaveLength(3);
  });

  it('honours Retry-After on a 429', async () => {
    let calls = 0;
    const server = await startServer({
      '/limited': (request, response) => {
        calls += 1;
        if (calls === 1) response.writeHead(429, { 'retry-after': '1' }).end();
        else html(articlePage('Sabar'))(request, response, new URL('http://x'));
      },
    });
    const result = await runCli(['--delay', '0', '--retries', '1', '-f', 'jsonl', `${server.origin}/limited`]);
    expect(result.code).toBe(0);
    const [first, second] = server.hits('/limited');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it('stops retrying after --retries and reports the last status', async () => {
    const server = await startServer({ '/down': html('down', {}, 500) });
    const [record] = records((await runCli(['--delay', '0', '--retries', '1', '-f', 'jsonl', `${server.origin}/down`])).stdout);
    expect(record!.error).toEqual({ code: 'E_FETCH_HTTP_STATUS', message: 'HTTP 500' });
    expect(server.hits('/down')).toHaveLength(2);
  });

  it('times out on slow headers and on a stalled body', async () => {
    const server = await startServer({
      '/slow': async (_q, response) => {
        await new Promise((resolve) => setTimeout(resolve, 6000));
        response.end('late');
      },
      '/stall': (_q, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<html><body><p>awal');
      },
    });
    const started = Date.now();
    const result = await runCli([...QUICK, '--timeout', '300ms', `${server.origin}/slow`, `${server.origin}/stall`]);
    // undici's timers tick about once a second: bounded, well before the server would answer.
    expect(Date.now() - started).toBeLessThan(4500);
    expect(records(result.stdout).map((record) => record.error?.code)).toEqual(['E_FETCH_TIMEOUT', 'E_FETCH_TIMEOUT']);
    expect(result.code).toBe(1);
  });

  it('refuses bodies over --max-bytes, counted after decompression (gzip bombs: hostile.test.ts)', async () => {
    const server = await startServer({
      '/big': html('x'.repeat(300 * 1024)),
      '/big-gz': html(gzipSync('x'.repeat(300 * 1024)), { 'content-encoding': 'gzip' }),
    });
    const result = await runCli([...QUICK, '--max-bytes', '100k', `${server.origin}/big`, `${server.origin}/big-gz`]);
    expect(records(result.stdout).map((record) => record.error?.code)).toEqual(['E_FETCH_TOO_LARGE', 'E_FETCH_TOO_LARGE']);
  });

  it('inflates gzip and brotli bodies and follows the charset of the Content-Type header', async () => {
    const latin = Buffer.from(articlePage('Café').replace('<html lang="id">', '<html>'), 'latin1');
    const server = await startServer({
      '/gz': html(gzipSync(articlePage('Gzip')), { 'content-encoding': 'gzip' }),
      '/br': html(brotliCompressSync(articlePage('Brotli')), { 'content-encoding': 'br' }),
      '/latin': html(latin, { 'content-type': 'text/html; charset=iso-8859-1' }),
    });
    const result = await runCli([...QUICK, `${server.origin}/gz`, `${server.origin}/br`, `${server.origin}/latin`]);
    expect(records(result.stdout).map((record) => record.title)).toEqual(['Berita Gzip Hari Ini', 'Berita Brotli Hari Ini', 'Berita Café Hari Ini']);
  });
});

describe('politeness', () => {
  /** A site whose robots.txt (served by `robotsRoutes`) disallows /private: that page is refused unasked, /public is cleaned. */
  async function privateAndPublic(robotsRoutes: Record<string, Handler>) {
    const server = await startServer({ ...robotsRoutes, '/private/1': html(articlePage('Rahasia')), '/public/1': html(articlePage('Umum')) });
    const result = await runCli([...QUICK, `${server.origin}/private/1`, `${server.origin}/public/1`]);
    const [blocked, allowed] = records(result.stdout);
    expect(blocked!.error.code).toBe('E_FETCH_ROBOTS_DISALLOWED');
    expect(allowed!.title).toBe('Berita Umum Hari Ini');
    expect(server.hits('/private/1')).toHaveLength(0);
    return server;
  }

  it('obeys robots.txt: a disallowed page is never requested; --ignore-robots says so loudly', async () => {
    const server = await privateAndPublic({ '/robots.txt': robots('User-agent: *\nDisallow: /private') });
    expect(server.hits('/robots.txt')).toHaveLength(1);
    const ignoring = await runCli([...QUICK, '-q', '--ignore-robots', `${server.origin}/private/1`]);
    expect(ignoring.stderr).toMatch(/--ignore-robots: robots.txt is NOT obeyed/);
    expect(records(ignoring.stdout)[0]!.title).toBe('Berita Rahasia Hari Ini');
  });

  it('follows a redirected robots.txt (a site moved to https, a CDN) and obeys the file it lands on', async () => {
    const moved: Handler = (_request, response) => {
      response.writeHead(301, { location: '/rules/robots.txt' });
      response.end();
    };
    const server = await privateAndPublic({ '/robots.txt': moved, '/rules/robots.txt': robots('User-agent: *\nDisallow: /private') });
    expect(server.hits('/rules/robots.txt')).toHaveLength(1);
  });

  it('takes a robots.txt that redirects in a loop as unavailable (RFC 9309: after five redirects), so pages are allowed', async () => {
    const server = await startServer({
      '/robots.txt': (_request, response) => {
        response.writeHead(302, { location: '/robots.txt' });
        response.end();
      },
      '/public/1': html(articlePage('Umum')),
    });
    const result = await runCli([...QUICK, `${server.origin}/public/1`]);
    expect(result.code).toBe(0);
    expect(records(result.stdout)[0]!.title).toBe('Berita Umum Hari Ini');
    expect(server.hits('/robots.txt')).toHaveLength(6);
  });

  it('waits --delay between requests to one host, measured by the server', async () => {
    const server = await startServer({ '/p/*': (request, response, url) => html(articlePage(url.pathname))(request, response, url) });
    const urls = [1, 2, 3, 4].map((n) => `${server.origin}/p/${n}`);
    const result = await runCli(['--delay', '300ms', '--retries', '0', '--concurrency', '4', '-f', 'jsonl', ...urls]);
    expect(result.code).toBe(0);
    const times = server.log.filter((entry) => entry.path.startsWith('/p/')).map((entry) => entry.at);
    for (let i = 1; i < times.length; i += 1) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(290);
  });

  it('raises the delay to robots.txt Crawl-delay', async () => {
    const server = await startServer({
      '/robots.txt': robots('User-agent: *\nCrawl-delay: 1'),
      '/p/*': (request, response, url) => html(articlePage(url.pathname))(request, response, url),
    });
    await runCli(['--delay', '0', '--retries', '0', '-f', 'jsonl', `${server.origin}/p/1`, `${server.origin}/p/2`]);
    const [first, second] = server.log.filter((entry) => entry.path.startsWith('/p/'));
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });
});

describe('stories split over several pages', () => {
  const page = (n: number, nav: string): string =>
    articlePage(`Bagian ${n}`).replace('</article>', `<p>Isi halaman ${n} dari berita berseri ini cukup panjang untuk dihitung sebagai paragraf.</p></article>${nav}`);
  const paragraphsOf = (record: Record<string, any>): string[] => record.paragraphs.filter((p: string) => p.startsWith('Isi halaman'));

  it.each([
    ['rel=next links', (n: number) => (n < 3 ? `<link rel="next" href="/s/story-${n + 1}">` : '')],
    ['"Halaman selanjutnya" links', (n: number) => (n < 3 ? `<a href="/s/story-${n + 1}">Halaman selanjutnya</a>` : '')],
    ['page-number navigation', (n: number) => `<div class="paging"><a href="/s/story-1">1</a> <a href="/s/story-2">2</a> <a href="/s/story-3">3</a></div>`],
  ])('follows %s and joins the pages in order as one document', async (_label, nav) => {
    const server = await startServer({
      '/s/story-1': html(page(1, nav(1)).replace('<link rel="next"', '<link rel="canonical" href="/s/story-1"><link rel="next"')),
      '/s/story-2': html(page(2, nav(2))),
      '/s/story-3': html(page(3, nav(3))),
      '/s/other': html(articlePage('Lain')),
    });
    const result = await runCli([...QUICK, `${server.origin}/s/story-1`]);
    const [record] = records(result.stdout);
    expect(paragraphsOf(record!)).toEqual([1, 2, 3].map((n) => `Isi halaman ${n} dari berita berseri ini cukup panjang untuk dihitung sebagai paragraf.`));
    expect(record!.title).toBe('Berita Bagian 1 Hari Ini');
    expect(server.hits('/s/story-3')).toHaveLength(1);
  });

  it('stops at --max-pages and not at all with --no-follow-pages', async () => {
    const nav = (n: number): string => `<a rel="next" href="/s/p-${n + 1}">Next</a>`;
    const server = await startServer({ '/s/p-*': (request, response, url) => html(page(Number(url.pathname.split('-')[1]), nav(Number(url.pathname.split('-')[1]))))(request, response, url) });
    const limited = records((await runCli([...QUICK, '--max-pages', '2', `${server.origin}/s/p-1`])).stdout)[0]!;
    expect(paragraphsOf(limited)).toHaveLength(2);
    const single = records((await runCli([...QUICK, '--no-follow-pages', `${server.origin}/s/p-1`])).stdout)[0]!;
    expect(paragraphsOf(single)).toHaveLength(1);
  });

  it("prefers the site's single-page view where the site table knows one (kompas: ?page=all)", async () => {
    // The rule is found by the page's canonical host; the test server stands in for it.
    const canonical = '<link rel="canonical" href="https://regional.kompas.com/read/2024/06/18/1/berita">';
    const server = await startServer({
      '/read/1': (request, response, url) => {
        const body = url.searchParams.get('page') === 'all'
          ? page(1, '').replace('</article>', '<p>Isi halaman 2 dari berita berseri ini cukup panjang untuk dihitung sebagai paragraf.</p></article>')
          : page(1, '<a href="/read/1?page=2">Halaman selanjutnya</a>');
        html(body.replace('<head>', `<head>${canonical}`))(request, response, url);
      },
    });
    const [record] = records((await runCli([...QUICK, `${server.origin}/read/1`])).stdout);
    expect(paragraphsOf(record!)).toHaveLength(2);
    expect(server.hits('/read/1?page=all')).toHaveLength(1);
    expect(server.hits('/read/1?page=2')).toHaveLength(0);
  });
});
