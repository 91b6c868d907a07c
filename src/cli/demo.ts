import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv, parseConfig } from '../config/index.js';
import type { Subscription } from '../core/index.js';
import { Metrics, startHttpServer } from '../http/index.js';
import { formatPollReport } from '../feeds/index.js';
import { deliverDigest } from '../schedule/index.js';
import { createContext } from './context.js';
import { deliveryDeps, describeOutcome } from './digest.js';
import type { CliContext } from './context.js';
import { startWebDashboard } from './web.js';
import { startSampleFeedServer } from './demo-server.js';
import { ingestOnce } from './ingest.js';
import { printLines } from './output.js';
import { createSenders } from './senders.js';

/** examples/feeds, found from this file whether it runs from src/ (tsx) or dist/. */
const SAMPLE_FEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'feeds');
const SAMPLE_FEEDS_BY_FILE: Record<string, string> = {
  'tagesblick.xml': 'Tagesblick',
  'the-meridian.xml': 'The Meridian',
  'nordkurier.xml': 'Nordkurier',
  'westwind.xml': 'Westwind Wire',
};

export interface DemoOptions {
  keepDb: boolean;
  /** Keep running and serve the web dashboard on the demo data (127.0.0.1 only) until Ctrl-C. */
  serve?: boolean;
  port?: number;
  logLevel?: string;
  out?: NodeJS.WritableStream;
}

/**
 * The main job end to end on the bundled sample feeds: serve them on 127.0.0.1,
 * poll, store, analyse, cluster, and deliver one digest to a console channel
 * subscribed to every topic.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const out = options.out ?? process.stdout;
  const server = await startSampleFeedServer(SAMPLE_FEEDS);
  const tempDir = options.keepDb ? null : mkdtempSync(join(tmpdir(), 'news-digest-demo-'));
  const dbPath = tempDir ? join(tempDir, 'demo.db') : './data/demo.db';
  const config = parseConfig(
    JSON.stringify({
      feeds: Object.entries(SAMPLE_FEEDS_BY_FILE).map(([file, name]) => ({ url: `${server.url}/${file}`, name })),
      // The sample server is on 127.0.0.1; real deployments keep the guard on.
      fetch: { allowPrivateAddresses: true, timeoutSeconds: 10 },
      digest: { maxStories: 12, language: 'en' },
      schedule: { timezone: 'Europe/Berlin' },
      // Loopback only, plain HTTP: the session cookie cannot be Secure here.
      ...(options.serve ? { web: { enabled: true, secureCookie: false }, http: { host: '127.0.0.1', port: options.port ?? 8080 } } : {}),
    }),
    'demo config',
  );
  const env = loadEnv();
  const adminToken = env.NEWS_DIGEST_ADMIN_TOKEN ?? (options.serve ? randomBytes(24).toString('base64url') : undefined);
  const ctx = createContext({ db: dbPath, logLevel: options.logLevel ?? 'error' }, { config, env: { ...env, NEWS_DIGEST_ADMIN_TOKEN: adminToken } });
  try {
    const { reports } = await ingestOnce(ctx, { jitterMs: () => 0 });
    printLines([`Polled ${reports.length} sample feeds from ${server.url} into ${dbPath}:`, ...reports.map((r) => `  ${formatPollReport(r)}`), ''], out);

    const store = await ctx.store();
    const subscription = await store.createSubscription({
      platform: 'console',
      workspaceId: null,
      channelId: 'demo',
      topics: ctx.taxonomy.topics.map((t) => t.id),
      schedule: config.schedule.cron,
      timezone: config.schedule.timezone,
      mode: 'digest',
      language: 'en',
      createdBy: 'demo',
      createdAt: new Date(),
    });
    const senders = await createSenders(ctx, out);
    const deps = { ...(await deliveryDeps(ctx, senders.senders)), senders: { console: senders.senders.console } };
    await deliverDigest(deps, subscription, new Date(), { force: true });
    if (options.serve) {
      await serveDashboard(ctx, out, adminToken ?? '', async (sub) => describeOutcome(await deliverDigest(deps, sub, new Date(), { force: true })));
    }
  } finally {
    await ctx.close();
    await server.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/** Serves the dashboard on the demo database until SIGINT/SIGTERM. */
async function serveDashboard(
  ctx: CliContext,
  out: NodeJS.WritableStream,
  token: string,
  sendDigestNow: (sub: Subscription) => Promise<string>,
): Promise<void> {
  const fallback = await startWebDashboard(ctx, { sendDigestNow });
  const http = await startHttpServer({
    port: ctx.config.http.port,
    host: ctx.config.http.host,
    metrics: new Metrics(),
    readiness: () => ({ ok: true, details: {} }),
    fallback,
  });
  printLines(['', `Dashboard: ${http.url}/ (admin token: ${token}). Ctrl-C stops it.`], out);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await http.close();
}
