import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LocalServer {
  /** http://127.0.0.1:port */
  origin: string;
  port: number;
  /** Requests seen, by path. */
  hits: Map<string, number>;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

// Handlers may return anything (often the response from `.end()`); it is ignored.
export type Route = (request: IncomingMessage, response: ServerResponse, server: LocalServer) => unknown;

/** A real HTTP server on 127.0.0.1 (or another loopback address) serving the given routes (by path without query). */
export async function startLocalServer(routes: Record<string, Route>, host = '127.0.0.1'): Promise<LocalServer> {
  const sockets = new Set<Socket>();
  const state = { hits: new Map<string, number>(), requests: [] as LocalServer['requests'] };
  let self: LocalServer | null = null;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://local').pathname;
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    state.requests.push({ path, headers: request.headers });
    const route = routes[path];
    if (!route) {
      response.writeHead(404).end('not found');
      return;
    }
    Promise.resolve(route(request, response, self!)).catch((error: unknown) => {
      response.destroy(error as Error);
    });
  });
  // Idle connections stay open until the client or close() ends them. With Node's default 5 s, a command whose event
  // loop was busy past its own 4 s keep-alive (analysis under load) could send its next request on a connection the
  // server was closing at that moment: "other side closed", a feed failed for the test's timing.
  server.keepAliveTimeout = 0;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  self = {
    origin: `http://${host}:${port}`,
    port,
    ...state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return self;
}

/** Streams `total` bytes in 64 KiB chunks as the client reads them, never holding more than one chunk. Returns bytes written. */
export function streamBytes(response: ServerResponse, total: number, onDone: (written: number) => void): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let written = 0;
  const pump = (): void => {
    while (written < total) {
      const size = Math.min(chunk.length, total - written);
      written += size;
      if (!response.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
        response.once('drain', pump);
        return;
      }
    }
    response.end();
  };
  response.on('close', () => onDone(written));
  pump();
}

export const TEST_FETCH = {
  timeoutSeconds: 5,
  connectTimeoutSeconds: 2,
  maxBytes: 1_000_000,
  allowPrivateAddresses: true,
  userAgent: 'news-digest-test/0.1 (+https://github.com/news-digest/news-digest)',
  perHostConcurrency: 2,
  maxConsecutiveFailures: 3,
};

export function rss(items: string, channelExtra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Test feed</title><link>https://example.org/</link>${channelExtra}${items}</channel></rss>`;
}

export function rssItem(fields: { title?: string; link?: string; guid?: string; description?: string; pubDate?: string }): string {
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `<${name}>${value}</${name}>`);
  return `<item>${parts.join('')}</item>`;
}

/** The classic "billion laughs": ten levels of ten references. */
export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;

export function deeplyNested(depth: number): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>deep</title><item><title>x</title><description>${'<div>'.repeat(depth)}${'</div>'.repeat(depth)}</description></item></channel></rss>`;
}
