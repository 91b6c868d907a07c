import { existsSync } from 'node:fs';
import { topicLabel } from '../core/index.js';
import type { CommandDeps } from '../chat/index.js';
import { CHAT_ADAPTERS } from '../chat/adapters.js';
import { assertPublicUrl } from '../feeds/index.js';
import { Metrics, startHttpServer } from '../http/index.js';
import { buildDigest, deliverDigest, installGracefulShutdown, schedulerReadiness, startScheduler, type Closable } from '../schedule/index.js';
import { createContext, type GlobalOptions } from './context.js';
import { deliveryDeps, describeOutcome } from './digest.js';
import { UsageError } from './errors.js';
import { ingestOnce } from './ingest.js';
import { createSenders } from './senders.js';
import { startWebDashboard } from './web.js';

const GRACE_MS = 20_000;

/** `run`: the long-running bot. Everything it starts is stopped by SIGTERM/SIGINT within the grace period. */
export async function runBot(globals: GlobalOptions): Promise<void> {
  // .env is a convenience for `npm start`; real deployments set the environment themselves.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const ctx = createContext({ ...globals, logLevel: globals.logLevel ?? process.env.LOG_LEVEL ?? 'info' });
  const { logger, config, env } = ctx;
  const plans = CHAT_ADAPTERS.map((adapter) => ({ adapter, plan: adapter.plan(env) }));
  for (const { plan } of plans) for (const problem of plan.problems) logger.warn(problem);
  const fatal = plans.find(({ plan }) => plan.fatal)?.plan.fatal;
  if (fatal) throw new UsageError(fatal);

  const store = await ctx.store();
  const metrics = new Metrics({ processMetrics: true });
  const senders = await createSenders(ctx);
  const startedAt = new Date();

  const scheduler = startScheduler({
    ...(await deliveryDeps(ctx, senders.senders)),
    metrics,
    pollCron: config.schedule.pollCron,
    pollOnStart: true,
    poll: async () => {
      await ingestOnce(ctx, { metrics });
    },
  });

  const commands: CommandDeps = {
    store,
    taxonomy: ctx.taxonomy,
    now: () => new Date(),
    defaults: { schedule: config.schedule.cron, timezone: config.schedule.timezone, language: config.digest.language },
    checkFeedUrl: (url) => assertPublicUrl(url, { allowPrivateAddresses: config.fetch.allowPrivateAddresses }),
    previewDigest: (sub, now) => buildDigest(store, (id) => topicLabel(ctx.taxonomy, id, sub.language), sub, now, { maxStories: config.digest.maxStories }),
    onSubscriptionsChanged: () => scheduler.onSubscriptionsChanged(),
    logger,
  };

  const closables: Closable[] = [];
  const extraRoutes: Parameters<typeof startHttpServer>[0]['extraRoutes'] = {};
  for (const { adapter, plan } of plans) {
    if (!plan.enabled || !adapter.start) continue;
    const running = await adapter.start({ env, commands, logger });
    Object.assign(extraRoutes, running.routes ?? {});
    closables.push({ name: adapter.platform, close: () => running.stop() });
    logger.info(running.details ?? {}, `${adapter.label} adapter started`);
  }

  const readiness = schedulerReadiness({
    store,
    lastPollAt: () => scheduler.lastPollAt(),
    startedAt,
    now: () => new Date(),
    pollCron: config.schedule.pollCron,
  });
  const fallback = await startWebDashboard(ctx, {
    sendDigestNow: async (sub) =>
      describeOutcome(await deliverDigest({ ...(await deliveryDeps(ctx, senders.senders)), metrics }, sub, new Date(), { force: true })),
    onSubscriptionsChanged: () => scheduler.onSubscriptionsChanged(),
  });
  const http = await startHttpServer({ port: config.http.port, host: config.http.host, metrics, readiness, extraRoutes, fallback });
  closables.unshift({ name: 'http', close: () => http.close() });
  closables.push({ name: 'senders', close: async () => senders.close() }, { name: 'store', close: () => ctx.close() });

  installGracefulShutdown({ scheduler, closables, graceMs: GRACE_MS, logger });
  logger.info(
    { port: http.port, dashboard: fallback !== undefined, feeds: (await store.listFeeds()).length, subscriptions: (await store.listSubscriptions()).length },
    'news-digest is running',
  );
}
