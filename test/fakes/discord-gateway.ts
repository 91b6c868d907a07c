import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The smallest Discord gateway (v10, JSON, no compression) that lets the real
 * discord.js Client log in: HELLO, IDENTIFY (token checked: a wrong one closes
 * with 4004 Authentication failed, as Discord does), READY with no guilds, and
 * heartbeat ACKs. Attached to the fake REST server, which answers GET /gateway/bot.
 */
export interface FakeGateway {
  /** ws://127.0.0.1:PORT/gateway */
  url: string;
  /** Successful IDENTIFYs so far. */
  identified(): number;
  close(): void;
}

export function attachFakeGateway(server: Server, port: number, options: { botUserId: string; applicationId: string; token: string | null }): FakeGateway {
  const sockets = new WebSocketServer({ noServer: true });
  let identified = 0;
  server.on('upgrade', (req, duplex, head) => {
    if (!req.url?.startsWith('/gateway')) {
      duplex.destroy();
      return;
    }
    sockets.handleUpgrade(req, duplex, head, (ws) => serve(ws));
  });
  const url = `ws://127.0.0.1:${port}/gateway`;

  const serve = (ws: WebSocket) => {
    let sequence = 0;
    const send = (payload: Record<string, unknown>) => ws.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { op: number; d: Record<string, unknown> | null };
      if (message.op === 1) send({ op: 11, d: null, s: null, t: null });
      if (message.op !== 2) return;
      const token = String(message.d?.token ?? '').replace(/^Bot\s+/i, '');
      if (options.token !== null && token !== options.token) {
        ws.close(4004, 'Authentication failed.');
        return;
      }
      identified += 1;
      sequence += 1;
      send({
        op: 0,
        s: sequence,
        t: 'READY',
        d: {
          v: 10,
          user: { id: options.botUserId, username: 'news-digest', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 },
          guilds: [],
          session_id: `session-${identified}`,
          resume_gateway_url: url,
          shard: message.d?.shard ?? [0, 1],
          application: { id: options.applicationId, flags: 0 },
        },
      });
    });
  };

  return {
    url,
    identified: () => identified,
    close: () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}
