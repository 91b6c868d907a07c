import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_BODY_LIMITS, limitBody, type BodyLimits } from './body-limit.js';
import type { Metrics } from './metrics.js';

export interface ReadinessReport {
  ok: boolean;
  details: Record<string, unknown>;
}

export interface HttpServerOptions {
  port: number;
  host: string;
  metrics: Metrics;
  readiness: () => ReadinessReport | Promise<ReadinessReport>;
  /** More routes keyed "METHOD /path", e.g. 'POST /slack/events'. Their bodies are read under `bodyLimits` first. */
  extraRoutes?: Record<string, RequestListener>;
  /** Everything no route above matches (the web dashboard, when enabled). */
  fallback?: RequestListener;
  /** Size and time limits on the bodies of extra routes (config http.maxBodyBytes, http.bodyTimeoutSeconds). */
  bodyLimits?: BodyLimits;
}

/** Slow-loris guards: headers must arrive within this, a whole request within REQUEST_TIMEOUT_MS. */
const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 60_000;

export interface HttpServer {
  /** http://host:port, with the port actually bound (port 0 picks one). */
  url: string;
  port: number;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readinessReply(res: ServerResponse, readiness: HttpServerOptions['readiness']): Promise<void> {
  let report: ReadinessReport;
  try {
    report = await readiness();
  } catch (error) {
    report = { ok: false, details: { error: error instanceof Error ? error.message : String(error) } };
  }
  sendJson(res, report.ok ? 200 : 503, { status: report.ok ? 'ready' : 'not ready', ...report.details });
}

/**
 * The ops endpoints: `GET /healthz` (liveness; `?ready` or `/readyz` for
 * readiness), `GET /metrics` (Prometheus), plus routes other modules mount.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const bodyLimits = options.bodyLimits ?? DEFAULT_BODY_LIMITS;
  // Every mounted route reads its body through the limit: nothing is buffered beyond it (Bolt included).
  const extraRoutes = Object.fromEntries(
    Object.entries(options.extraRoutes ?? {}).map(([key, listener]) => [key, /^(GET|HEAD) /.test(key) ? listener : limitBody(listener, bodyLimits)]),
  );
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const extra = extraRoutes[`${method} ${url.pathname}`];
    if (extra) return extra(req, res);
    const isRead = method === 'GET' || method === 'HEAD';
    if (isRead && url.pathname === '/healthz') {
      if (url.searchParams.has('ready')) return readinessReply(res, options.readiness);
      return sendJson(res, 200, { status: 'ok' });
    }
    if (isRead && url.pathname === '/readyz') return readinessReply(res, options.readiness);
    if (isRead && url.pathname === '/metrics') {
      const { body, contentType } = await options.metrics.render();
      res.writeHead(200, { 'content-type': contentType });
      res.end(body);
      return;
    }
    if (options.fallback) return options.fallback(req, res);
    sendJson(res, 404, { error: `No route for ${method} ${url.pathname}; try GET /healthz or GET /metrics.` });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: error instanceof Error ? error.message : 'internal error' });
      else res.end();
    });
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
