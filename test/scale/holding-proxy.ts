import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the proxy holds: who sent it, and a way to let it reach the server after all (as a post already on the wire would). */
export interface HeldRequest {
  /** The client number from the /pN/ path prefix. */
  client: number;
  method: string;
  path: string;
  /** Sends the request on to the server; the answer goes nowhere if the client is gone. */
  forward(): Promise<void>;
}

export interface HoldingProxy {
  /** Base URL for client N: http://127.0.0.1:PORT/pN */
  base(client: number): string;
  /** Resolves with the first request `hold` picked, which stays unanswered. */
  held: Promise<HeldRequest>;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of a fake server that tells its clients apart by a
 * path prefix (/p1, /p2, …) and holds the first request `hold` picks: the test
 * then knows which process is in the middle of posting, and when.
 */
export async function startHoldingProxy(upstream: string, hold: (method: string, path: string) => boolean): Promise<HoldingProxy> {
  let onHeld!: (request: HeldRequest) => void;
  const held = new Promise<HeldRequest>((resolve) => (onHeld = resolve));
  let holding = false;
  const send = async (req: IncomingMessage, path: string, body: Buffer, res: ServerResponse | null) => {
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name, value]) => typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)),
    ) as Record<string, string>;
    const answer = await fetch(`${upstream}${path}`, { method: req.method, headers, body: body.length > 0 ? new Uint8Array(body) : undefined });
    const text = Buffer.from(await answer.arrayBuffer());
    if (!res || res.destroyed) return;
    res.writeHead(
      answer.status,
      Object.fromEntries([...answer.headers].filter(([name]) => !['content-length', 'transfer-encoding', 'content-encoding'].includes(name))),
    );
    res.end(text);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/p(\d+)(\/.*)$/.exec(req.url ?? '');
      if (!match) {
        res.writeHead(404).end();
        return;
      }
      const [, client, path] = match as unknown as [string, string, string];
      const body = Buffer.concat(chunks);
      if (!holding && hold(req.method ?? 'GET', path.split('?')[0]!)) {
        holding = true;
        onHeld({ client: Number(client), method: req.method ?? 'GET', path, forward: () => send(req, path, body, null) });
        return;
      }
      send(req, path, body, res).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: (client) => `http://127.0.0.1:${port}/p${client}`,
    held,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
