import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  const sockets = new Set<import('node:net').Socket>();
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
  server.on('connection', (socket) => {
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
  return { origin: `http://127.0.0.1:${port}`, log, hits: (path) => log.filter((entry) => entry.path === path), close };
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
