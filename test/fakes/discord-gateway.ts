import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The smallest Discord gateway (v10, JSON, no compression) that lets the real
 * discord.js Client log in: HELLO, IDENTIFY (token checked: a wrong one closes
 * with 4004 Authentication failed, as Discord does), READY with no guilds, and
 * heartbeat ACKs. Attached to the fake REST server, which answers GET /gateway/bot
 * with `shards` (default 1): a client started with `shards: 'auto'` then opens one
 * connection per shard, each identifying as [shard id, shard count].
 */
export interface FakeGateway {
  /** ws://127.0.0.1:PORT/gateway */
  url: string;
  /** The shard count GET /gateway/bot recommends. */
  shards: number;
  /** Successful IDENTIFYs so far. */
  identified(): number;
  /** The shard ids that identified and are still connected, ascending. */
  connectedShards(): number[];
  /** Resolves once every shard id below `shards` has identified. */
  allShardsReady(): Promise<void>;
  /** Sends a dispatch event (op 0) on one shard's connection only, as Discord routes a guild's events to its shard. */
  dispatch(shardId: number, event: string, data: unknown): void;
  close(): void;
}

export interface FakeGatewayOptions {
  botUserId: string;
  applicationId: string;
  token: string | null;
  shards?: number;
}

export function attachFakeGateway(server: Server, port: number, options: FakeGatewayOptions): FakeGateway {
  const sockets = new WebSocketServer({ noServer: true });
  const shards = options.shards ?? 1;
  let identified = 0;
  const byShard = new Map<number, { ws: WebSocket; next: () => number }>();
  const waiters: (() => void)[] = [];
  const settle = () => {
    if ([...Array(shards).keys()].every((id) => byShard.has(id))) waiters.splice(0).forEach((resolve) => resolve());
  };
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
    const next = () => (sequence += 1);
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
      const shard = (message.d?.shard as [number, number] | undefined) ?? [0, 1];
      if (shard[1] !== shards || shard[0] < 0 || shard[0] >= shards) {
        ws.close(4010, 'Invalid shard.');
        return;
      }
      identified += 1;
      send({
        op: 0,
        s: next(),
        t: 'READY',
        d: {
          v: 10,
          user: { id: options.botUserId, username: 'news-digest', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 },
          guilds: [],
          session_id: `session-${identified}`,
          resume_gateway_url: url,
          shard,
          application: { id: options.applicationId, flags: 0 },
        },
      });
      byShard.set(shard[0], { ws, next });
      ws.on('close', () => {
        if (byShard.get(shard[0])?.ws === ws) byShard.delete(shard[0]);
      });
      settle();
    });
  };

  return {
    url,
    shards,
    identified: () => identified,
    connectedShards: () => [...byShard.keys()].sort((a, b) => a - b),
    allShardsReady: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    dispatch(shardId, event, data) {
      const shard = byShard.get(shardId);
      if (!shard) throw new Error(`shard ${shardId} is not connected`);
      shard.ws.send(JSON.stringify({ op: 0, s: shard.next(), t: event, d: data }));
    },
    close: () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}
