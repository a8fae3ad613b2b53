import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import { afterEach } from 'vitest';

export type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>;

/** One request as the server saw it, with the time it arrived (for politeness checks). */
export interface LoggedRequest {
  path: string;
  at: number;
  headers: IncomingMessage['headers'];
}

export interface TestServer {
  origin: string;
  log: LoggedRequest[];
  /** Requests for one path, in order. */
  hits(path: string): LoggedRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 and a free port, serving the routes given (exact path, or a
 * prefix ending in `*`), closed after the test. Unknown paths get 404. No test touches the internet.
 */
export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const log: LoggedRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    log.push({ path: url.pathname + url.search, at: Date.now(), headers: request.headers });
    const handler = routes[url.pathname] ?? Object.entries(routes).find(([path]) => path.endsWith('*') && url.pathname.startsWith(path.slice(0, -1)))?.[1];
    if (!handler) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      await handler(request, response, url);
    } catch {
      response.destroy();
    }
  });
  const { port, close } = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, log, hits: (path) => log.filter((entry) => entry.path === path), close };
}

/**
 * A bare TCP server on 127.0.0.1 for answers no HTTP server would give (a megabyte of headers, a
 * lying Content-Length, bytes that are not HTTP): `answer` gets the socket and the request line
 * each time a request's headers have arrived. robots.txt gets a 404 (and the connection closed), so
 * the abuse meets the page request itself. Closed after the test, like `startServer`.
 */
export async function startRawServer(answer: (socket: Socket, requestLine: string) => void): Promise<{ origin: string }> {
  const server = createNetServer((socket) => {
    let received = '';
    socket.on('error', () => undefined).on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      for (let end = received.indexOf('\r\n\r\n'); end >= 0; end = received.indexOf('\r\n\r\n')) {
        const requestLine = received.slice(0, received.indexOf('\r\n'));
        received = received.slice(end + 4);
        if (requestLine.startsWith('GET /robots.txt ')) socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        else answer(socket, requestLine);
      }
    });
  });
  const { port } = await listen(server);
  return { origin: `http://127.0.0.1:${port}` };
}

/** Listens on a free port of 127.0.0.1 and registers the server (and its open sockets) for closing after the test. */
async function listen(server: Server | import('node:net').Server): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  running.push(close);
  return { port, close };
}

const running: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((close) => close()));
});

/** A handler that answers HTML (or any body) with the given status and headers. */
export function html(body: string | Buffer, headers: Record<string, string> = {}, status = 200): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  };
}

export function robots(text: string): Handler {
  return html(text, { 'content-type': 'text/plain' });
}

/** A small article page whose headline and first paragraph name `label`. */
export function articlePage(label: string, extra = ''): string {
  return `<!doctype html><html lang="id"><head><title>Berita ${label} Hari Ini</title></head><body>
    <article><h1>Berita ${label} Hari Ini</h1>
    <p>JAKARTA - Ini paragraf pertama dari berita ${label}, cukup panjang untuk dihitung sebagai isi berita.</p>
    <p>Paragraf kedua berita ${label} menjelaskan latar belakang peristiwa itu dengan rinci, kata pejabat.</p>
    ${extra}</article></body></html>`;
}
