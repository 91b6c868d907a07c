import { afterEach, describe, expect, it } from 'vitest';
import { Metrics, startHttpServer, type HttpServer } from '../../src/http/index.js';
import { schedulerReadiness } from '../../src/schedule/index.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/index.js';

const servers: HttpServer[] = [];
const cleanups: Array<() => void> = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function serve(options: Partial<Parameters<typeof startHttpServer>[0]> = {}) {
  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    metrics: new Metrics(),
    readiness: () => ({ ok: true, details: {} }),
    ...options,
  });
  servers.push(server);
  return server;
}

describe('ops HTTP server', () => {
  it('GET /healthz answers 200 while the process is up', async () => {
    const server = await serve({ readiness: () => ({ ok: false, details: { store: 'unreachable' } }) });
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('readiness follows the store and the last poll (?ready and /readyz)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-digest-http-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const store = openSqliteStore(join(dir, 'news.db'));
    let now = new Date('2026-03-20T08:00:00Z');
    let lastPoll: Date | null = null;
    const readiness = schedulerReadiness({
      store,
      lastPollAt: () => lastPoll,
      startedAt: new Date('2026-03-20T07:55:00Z'),
      maxPollAgeMs: 15 * 60_000,
      now: () => now,
    });
    const server = await serve({ readiness });
    const ready = async (path: string) => {
      const res = await fetch(`${server.url}${path}`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    // Young process, store up: ready.
    expect(await ready('/healthz?ready')).toMatchObject({ status: 200, body: { status: 'ready', store: 'ok', lastPollAt: null } });
    // No poll for 20 minutes: not ready, and the body says why.
    now = new Date('2026-03-20T08:15:00Z');
    const stale = await ready('/readyz');
    expect(stale.status).toBe(503);
    expect(stale.body.poll).toMatch(/no poll for 1200 s/);
    lastPoll = new Date('2026-03-20T08:10:00Z');
    expect((await ready('/readyz')).status).toBe(200);
    // Store closed: not ready.
    await store.close();
    expect(await ready('/healthz?ready')).toMatchObject({ status: 503, body: { store: 'unreachable' } });
  });

  it('derives the allowed poll age from the poll schedule', async () => {
    const now = new Date('2026-03-20T12:00:00Z');
    const check = async (pollCron: string, lastPoll: string) =>
      (await schedulerReadiness({ store: { ping: async () => true }, lastPollAt: () => new Date(lastPoll), startedAt: now, pollCron, now: () => now })()).ok;
    // Hourly polls: three hours is the limit.
    expect(await check('0 * * * *', '2026-03-20T09:30:00Z')).toBe(true);
    expect(await check('0 * * * *', '2026-03-20T08:30:00Z')).toBe(false);
    // Every 10 minutes: never under 30 minutes.
    expect(await check('*/10 * * * *', '2026-03-20T11:35:00Z')).toBe(true);
    expect(await check('*/10 * * * *', '2026-03-20T11:25:00Z')).toBe(false);
  });

  it('GET /metrics speaks Prometheus with the bot’s counters', async () => {
    const metrics = new Metrics();
    metrics.feedPolled('fetched');
    metrics.feedPolled('fetched');
    metrics.fetchFailure('timeout');
    metrics.articleStored(['summits', 'arms-control']);
    metrics.digestSent('discord', 'digest');
    metrics.deliveryLatency('discord', 0.7);
    metrics.chatApiError('slack', 'ratelimited');
    const server = await serve({ metrics });
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('news_digest_feeds_polled_total{outcome="fetched"} 2');
    expect(text).toContain('news_digest_fetch_failures_total{reason="timeout"} 1');
    expect(text).toContain('news_digest_articles_stored_total{topic="arms-control"} 1');
    expect(text).toContain('news_digest_digests_sent_total{platform="discord",mode="digest"} 1');
    expect(text).toContain('news_digest_delivery_latency_seconds_bucket{le="1",platform="discord"} 1');
    expect(text).toContain('news_digest_delivery_latency_seconds_bucket{le="0.5",platform="discord"} 0');
    expect(text).toContain('news_digest_chat_api_errors_total{platform="slack",code="ratelimited"} 1');
  });

  it('keeps each Metrics on its own registry', async () => {
    const a = new Metrics();
    const b = new Metrics();
    a.digestSent('slack', 'instant');
    expect((await a.render()).body).toContain('news_digest_digests_sent_total{platform="slack",mode="instant"} 1');
    expect((await b.render()).body).not.toContain('platform="slack"');
  });

  it('mounts extra routes and answers unknown paths with 404 naming the real endpoints', async () => {
    const server = await serve({
      extraRoutes: {
        'POST /slack/events': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('slack ok');
        },
      },
    });
    const slack = await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}' });
    expect(await slack.text()).toBe('slack ok');
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toMatch(/GET \/healthz/);
  });
});
