import { loadEnv } from '../config/index.js';
import type { CommandDeps } from '../chat/index.js';
import { startChatAdapters } from '../chat/adapters.js';
import { Metrics, startHttpServer } from '../http/index.js';
import {
  deliverDigest,
  installGracefulShutdown,
  schedulerReadiness,
  startRetention,
  startScheduler,
  type Closable,
  type Scheduler,
} from '../schedule/index.js';
import { commandDeps } from './command-deps.js';
import { createContext, type GlobalOptions } from './context.js';
import { deliveryDeps, describeOutcome } from './digest.js';
import { UsageError } from './errors.js';
import { ingestOnce } from './ingest.js';
import { createSenders } from './senders.js';
import { planStart } from './start-plan.js';
import { startWebDashboard } from './web.js';

const GRACE_MS = 20_000;

/**
 * `run`: the long-running bot. The chat adapters start first: one that cannot start
 * stops the process (exit 1) before anything is polled, unless `chat.degraded` is
 * set. Everything it starts is stopped by SIGTERM/SIGINT within the grace period.
 */
export async function runBot(globals: GlobalOptions): Promise<void> {
  const env = loadEnv();
  const ctx = createContext({ ...globals, logLevel: globals.logLevel ?? env.LOG_LEVEL ?? 'info' }, { env, syncConfigFeeds: true });
  const { logger, config } = ctx;
  const plan = planStart(env, config);
  for (const warning of plan.warnings) logger.warn(warning);
  if (plan.fatal) throw new UsageError(plan.fatal);

  const store = await ctx.store();
  let scheduler: Scheduler | null = null;
  const commands: CommandDeps = { ...(await commandDeps(ctx)), onSubscriptionsChanged: () => scheduler?.onSubscriptionsChanged() };

  let chat: Awaited<ReturnType<typeof startChatAdapters>>;
  try {
    chat = await startChatAdapters(plan.receiving, { env, commands, logger }, { degraded: plan.degraded });
  } catch (error) {
    await ctx.close();
    throw error;
  }

  const metrics = new Metrics({ processMetrics: true });
  const senders = await createSenders(ctx);
  const startedAt = new Date();
  scheduler = startScheduler({
    ...(await deliveryDeps(ctx, senders.senders)),
    metrics,
    pollCron: config.schedule.pollCron,
    pollOnStart: true,
    poll: async () => {
      await ingestOnce(ctx, { metrics });
    },
  });
  const retention = startRetention({
    store,
    days: config.retention.days,
    cron: config.retention.cron,
    timezone: config.schedule.timezone,
    logger,
    now: () => new Date(),
  });

  const pollReadiness = schedulerReadiness({
    store,
    lastPollAt: () => scheduler.lastPollAt(),
    startedAt,
    now: () => new Date(),
    pollCron: config.schedule.pollCron,
  });
  const readiness = async () => {
    const base = await pollReadiness();
    const adapters = chat.readiness();
    return { ok: base.ok && adapters.ok, details: { ...base.details, chat: adapters.adapters } };
  };
  const fallback = await startWebDashboard(ctx, {
    sendDigestNow: async (sub) =>
      describeOutcome(await deliverDigest({ ...(await deliveryDeps(ctx, senders.senders)), metrics }, sub, new Date(), { force: true })),
    onSubscriptionsChanged: () => scheduler?.onSubscriptionsChanged(),
  });
  const http = await startHttpServer({
    port: config.http.port,
    host: config.http.host,
    metrics,
    readiness,
    extraRoutes: chat.routes,
    fallback,
    bodyLimits: { maxBytes: config.http.maxBodyBytes, timeoutMs: config.http.bodyTimeoutSeconds * 1000 },
  });
  const closables: Closable[] = [
    { name: 'http', close: () => http.close() },
    { name: 'retention', close: () => retention.stop() },
    ...chat.running.map(({ adapter, handle }) => ({ name: adapter.platform, close: () => handle.stop() })),
    { name: 'senders', close: async () => senders.close() },
    { name: 'store', close: () => ctx.close() },
  ];

  installGracefulShutdown({ scheduler, closables, graceMs: GRACE_MS, logger });
  logger.info(
    {
      port: http.port,
      dashboard: fallback !== undefined,
      feeds: (await store.listFeeds()).length,
      subscriptions: (await store.listSubscriptions()).length,
      ...(chat.down.length > 0 ? { degraded: chat.down.map(({ adapter }) => adapter.platform) } : {}),
    },
    'news-digest is running',
  );
}
