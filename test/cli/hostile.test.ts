import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type NetworkEvent, runCli, runCliObserved } from '../helpers/cli.js';
import { articlePage, html, startRawServer, startServer } from '../helpers/server.js';

/**
 * Servers that misbehave on purpose, each a real server on 127.0.0.1. Every case runs between two
 * good pages of another server and must end as one clear error (one stderr line naming the URL, a
 * stable code in the JSON Lines record), in bounded time and memory, with both good pages written.
 * Plain failures (404, a wrong Content-Type, a stalled body) are in fetch.test.ts; a folder walk
 * through a symbolic link loop is in inputs.test.ts.
 */

const QUICK = ['--delay', '0', '--retries', '0', '-f', 'jsonl'];
/** Far above what a bounded run takes (tens of MB), far below what an unbounded one would reach. */
const MEMORY_CEILING_BYTES = 400 * 1024 * 1024;

const records = (stdout: string): Record<string, any>[] => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs `hostileUrl` between two good pages and returns its error record, having checked the batch. */
async function failsAlone(hostileUrl: string, args: string[] = []): Promise<{ code: string; message: string; events: NetworkEvent[] }> {
  const good = await startServer({ '/awal': html(articlePage('Awal')), '/akhir': html(articlePage('Akhir')) });
  const result = await runCliObserved([...QUICK, ...args, `${good.origin}/awal`, hostileUrl, `${good.origin}/akhir`]);
  expect(result.code).toBe(1);
  const [first, failure, last, ...rest] = records(result.stdout);
  expect(first!.title).toBe('Berita Awal Hari Ini');
  expect(last!.title).toBe('Berita Akhir Hari Ini');
  expect(rest).toEqual([]);
  expect(failure!.input).toBe(hostileUrl);
  expect(result.stderr.split('\n')).toEqual([`kliping: ${hostileUrl}: ${failure!.error.message}`, '']);
  const exit = result.events.find((event) => event.event === 'exit');
  expect(exit && exit.event === 'exit' && exit.maxRssBytes).toBeLessThan(MEMORY_CEILING_BYTES);
  return { ...failure!.error, events: result.events };
}

/** Raw HTTP/1.1 response bytes: a status line, headers, a blank line, then `body`. */
function rawResponse(headers: string[], body = ''): string {
  return `HTTP/1.1 200 OK\r\n${['Content-Type: text/html', ...headers].join('\r\n')}\r\n\r\n${body}`;
}

/** Writes `chunk` again and again, as fast as the client reads, until the connection goes. */
function endlessly(response: ServerResponse | Socket, chunk: Buffer): void {
  const more = (): void => {
    while (!response.destroyed && response.write(chunk));
  };
  response.on('drain', more).on('error', () => undefined);
  more();
}

/** Sends one byte of `text` every `ms`, then keeps going with spaces: a slowloris. */
function trickle(socket: ServerResponse | Socket, text: string, ms: number): void {
  let sent = 0;
  const timer = setInterval(() => {
    if (socket.destroyed) clearInterval(timer);
    else socket.write(text[sent++] ?? ' ');
  }, ms);
  socket.on('close', () => clearInterval(timer)).on('error', () => undefined);
}

const page = articlePage('Jahat');

describe('hostile servers: one clear error each, the rest of the batch intact', () => {
  it('a gzip bomb: members of a megabyte of zeros, sent until the client hangs up, stop at --max-bytes', async () => {
    const member = gzipSync(Buffer.alloc(1024 * 1024));
    const server = await startServer({
      '/bomb': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        endlessly(response, member);
      },
    });
    const error = await failsAlone(`${server.origin}/bomb`, ['--max-bytes', '5M']);
    expect(member.length).toBeLessThan(2 * 1024);
    expect(error).toMatchObject({ code: 'E_FETCH_TOO_LARGE', message: 'body larger than 5242880 bytes (--max-bytes)' });
  });

  it('an endless chunked body stops at --max-bytes', async () => {
    const server = await startServer({
      '/endless': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        endlessly(response, Buffer.from(`<p>${'lagi '.repeat(2000)}</p>`));
      },
    });
    expect(await failsAlone(`${server.origin}/endless`, ['--max-bytes', '1M'])).toMatchObject({ code: 'E_FETCH_TOO_LARGE' });
  });

  it('a slowloris body (a byte a second, never ending) stops at --timeout, which bounds the whole response', async () => {
    const server = await startServer({
      '/slow': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        trickle(response, page, 1000);
      },
    });
    const error = await failsAlone(`${server.origin}/slow`, ['--timeout', '2s']);
    expect(error).toMatchObject({ code: 'E_FETCH_TIMEOUT', message: 'no complete response within 2s (--timeout)' });
  });

  it('slowloris headers (a byte a second) stop at --timeout too', async () => {
    const server = await startRawServer((socket) => trickle(socket, rawResponse(['X-Pelan: ', 'a'.repeat(100)]), 1000));
    expect(await failsAlone(`${server.origin}/slow`, ['--timeout', '2s'])).toMatchObject({ code: 'E_FETCH_TIMEOUT' });
  });

  it.each([
    ['a redirect loop', { '/a': redirect('/b'), '/b': redirect('/a') }, /^redirect loop at http:\/\/127\.0\.0\.1:\d+\/a$/],
    ['a redirect to file:', { '/a': redirect('file:///etc/passwd') }, /^redirect to a file: URL refused/],
    ['a redirect to ftp:', { '/a': redirect('ftp://127.0.0.1/berita.html') }, /^redirect to a ftp: URL refused/],
    ['a redirect to javascript:', { '/a': redirect('javascript:alert(1)') }, /^redirect to a javascript: URL refused/],
    ['a redirect to a malformed URL', { '/a': redirect('http://[::1') }, /^redirect to an invalid URL: "http:\/\/\[::1"$/],
  ])('%s', async (_label, routes, message) => {
    const server = await startServer(routes);
    const error = await failsAlone(`${server.origin}/a`);
    expect(error.code).toBe('E_FETCH_REDIRECT');
    expect(error.message).toMatch(message);
  });

  it('10,000 redirects stop at the redirect cap', async () => {
    const server = await startServer({
      '/r/*': (request, response, url) => {
        const hop = Number(url.pathname.split('/')[2]);
        if (hop < 10_000) redirect(`/r/${hop + 1}`)(request, response);
        else html(page)(request, response, url);
      },
    });
    const error = await failsAlone(`${server.origin}/r/0`);
    expect(error).toMatchObject({ code: 'E_FETCH_REDIRECT', message: 'more than 10 redirects' });
    expect(server.log.filter((entry) => entry.path.startsWith('/r/'))).toHaveLength(11);
  });

  it('a megabyte of response headers', async () => {
    const server = await startRawServer((socket) => socket.end(rawResponse([`X-Besar: ${'a'.repeat(1024 * 1024)}`], page)));
    expect(await failsAlone(`${server.origin}/big-header`)).toMatchObject({
      code: 'E_FETCH_BAD_RESPONSE',
      message: 'response headers larger than 16 KiB: not a web page kliping can read',
    });
  });

  it('a Content-Length longer than the body, then the connection closed', async () => {
    const server = await startRawServer((socket) => socket.end(rawResponse(['Content-Length: 100000'], page)));
    const error = await failsAlone(`${server.origin}/short`);
    expect(error).toMatchObject({ code: 'E_FETCH_NETWORK' });
    expect(error.message).toMatch(/^connection closed by the server before the whole response came/);
  });

  it('a Content-Length shorter than the body: the page is what the header declares, and the rest never reaches the next request', async () => {
    // By HTTP's rules (RFC 9112, 6.3) the body is exactly Content-Length bytes: no error, but the
    // bytes after it, here a smuggled second response, must not be read as the answer to another request.
    const smuggled = 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n<title>Selundupan</title>';
    const server = await startRawServer((socket, requestLine) => {
      const body = articlePage(requestLine.includes('/kedua') ? 'Kedua' : 'Pertama');
      socket.write(rawResponse([`Content-Length: ${Buffer.byteLength(body)}`], requestLine.includes('/kedua') ? body : `${body}${smuggled}`));
    });
    const result = await runCliObserved([...QUICK, `${server.origin}/pertama`, `${server.origin}/kedua`]);
    expect(result.code).toBe(0);
    expect(records(result.stdout).map((record) => record.title)).toEqual(['Berita Pertama Hari Ini', 'Berita Kedua Hari Ini']);
    expect(result.stderr).toBe('');
  });

  it('an answer that is not HTTP at all', async () => {
    const server = await startRawServer((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n'));
    const error = await failsAlone(`${server.origin}/ssh`);
    expect(error).toMatchObject({ code: 'E_FETCH_BAD_RESPONSE' });
  });

  it('an https URL to a server that speaks plain HTTP', async () => {
    const server = await startServer({ '/tls': html(page) });
    const error = await failsAlone(`${server.origin.replace('http:', 'https:')}/tls`);
    expect(error.code).toBe('E_FETCH_TLS');
    expect(error.message).toMatch(/^TLS handshake failed \(is it an http:\/\/ server\?\)/);
  });

  it('a host name that does not resolve, with no traffic beyond the resolver', async () => {
    const error = await failsAlone('http://nonexistent.invalid/berita/1');
    expect(error).toMatchObject({ code: 'E_FETCH_HOST_NOT_FOUND', message: 'host not found: nonexistent.invalid (ENOTFOUND)' });
    const lookups = error.events.filter((event) => event.event === 'lookup' && event.host === 'nonexistent.invalid');
    expect(lookups.length).toBeGreaterThan(0);
    for (const lookup of lookups) expect(lookup).toMatchObject({ error: 'ENOTFOUND' });
    const connections = error.events.filter((event) => event.event === 'connect');
    for (const connection of connections) expect(connection).toMatchObject({ address: '127.0.0.1' });
  });

  it('a port nothing listens on', async () => {
    const gone = await startServer({});
    await gone.close();
    const port = new URL(gone.origin).port;
    expect(await failsAlone(`${gone.origin}/berita`)).toMatchObject({
      code: 'E_FETCH_NETWORK',
      message: `connection refused: nothing listens at 127.0.0.1:${port} (ECONNREFUSED)`,
    });
  });

  it('a connection reset in the middle of the body', async () => {
    const server = await startServer({
      '/reset': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write(page.slice(0, 100), () => setTimeout(() => response.socket?.resetAndDestroy(), 50));
      },
    });
    const error = await failsAlone(`${server.origin}/reset`);
    expect(error).toMatchObject({ code: 'E_FETCH_NETWORK' });
    // Whether undici sees the reset or the closed socket first is a race; both say what happened.
    expect(error.message).toMatch(/^connection (?:reset by the server \(ECONNRESET\)|closed by the server before the whole response came)/);
  });
});

describe('a hostile page', () => {
  it('is parsed, never run: its scripts, images, styles, frames and refreshes call home in vain', async () => {
    const home = (path: string): string => `/home/${path}`;
    const bait = [
      `<script>fetch('${home('script')}'); document.write('<p>DITULIS SKRIP</p>')</script>`,
      `<script src="${home('script-src')}"></script>`,
      `<img src="${home('img')}" onerror="fetch('${home('onerror')}')">`,
      `<link rel="stylesheet" href="${home('style')}"><link rel="preload" href="${home('preload')}">`,
      `<iframe src="${home('frame')}"></iframe><meta http-equiv="refresh" content="0; url=${home('refresh')}">`,
    ].join('');
    const server = await startServer({ '/jebakan': html(articlePage('Jebakan', bait)), '/home/*': html('dipanggil') });
    const result = await runCli([...QUICK, `${server.origin}/jebakan`]);
    expect(result.code).toBe(0);
    expect(server.log.map((entry) => entry.path)).toEqual(['/robots.txt', '/jebakan']);
    expect(records(result.stdout)[0]!.text).not.toMatch(/DITULIS SKRIP|fetch\(/);
  });
});

function redirect(location: string) {
  return (_request: unknown, response: ServerResponse) => void response.writeHead(302, { location }).end();
}
