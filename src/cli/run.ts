import { loadEnv, type RunRole } from '../config/index.js';
import { WARM_UP_ARTICLES } from '../core/index.js';
import type { CommandDeps } from '../chat/command-handlers.js';
import { startChatAdapters } from '../chat/adapters.js';
import { preloadFeedReaders } from '../feeds/index.js';
import { Metrics, removePortFile, startHttpServer, writePortFile } from '../http/index.js';
import {
  deliverDigest,
  deliverHandler,
  deliverJobs,
  installGracefulShutdown,
  PgBossWork,
  roleParts,
  startSharedScheduler,
  subscriptionKey,
  schedulerReadiness,
  startRetention,
  startScheduler,
  type Closable,
  type Scheduler,
} from '../schedule/index.js';
import { commandDeps } from './command-deps.js';
import type { CliContext } from './context-base.js';
import { createContext, type GlobalOptions } from './context.js';
import { deliveryDeps, describeOutcome } from './digest.js';
import { UsageError } from './errors.js';
import { ingestOnce } from './ingest.js';
import { createSenders } from './senders.js';
import { pollFeedIds } from './shared-poll.js';
import { planStart } from './start-plan.js';
import { openWork } from './work-sharing.js';
import { startWebDashboard } from './web.js';

const GRACE_MS = 20_000;

/**
 * `run`: the long-running bot. The chat adapters start first: one that cannot start
 * stops the process (exit 1) before anything is polled, unless `chat.degraded` is
 * set. Everything it starts is stopped by SIGTERM/SIGINT within the grace period.
 */
export async function runBot(globals: GlobalOptions, options: { role?: RunRole } = {}): Promise<void> {
  const env = loadEnv();
  const ctx = createContext({ ...globals, logLevel: globals.logLevel ?? env.LOG_LEVEL ?? 'info' }, { env, syncConfigFeeds: true });
  const { logger, config } = ctx;
  const plan = planStart(env, config);
  for (const warning of plan.warnings) logger.warn(warning);
  if (plan.fatal) throw new UsageError(plan.fatal);

  const role = options.role ?? config.run.role;
  const parts = roleParts(role);
  const store = await ctx.store();
  if (store.engine !== 'postgres' && role !== 'all') {
    await ctx.close();
    throw new UsageError(
      `--role ${role} divides the work between processes on PostgreSQL (store.url); with SQLite one process does everything: use --role all.`,
    );
  }
  // On PostgreSQL every process shares the work through the job queue; on SQLite node-cron runs it all here.
  const work = await openWork(ctx, { schedule: parts.poll || parts.deliver });
  let scheduler: Scheduler | null = null;
  const commands: CommandDeps = { ...(await commandDeps(ctx)), onSubscriptionsChanged: () => scheduler?.onSubscriptionsChanged() };

  let chat: Awaited<ReturnType<typeof startChatAdapters>>;
  try {
    chat = await startChatAdapters(parts.chat ? plan.receiving : [], { env, commands, logger }, { degraded: plan.degraded });
  } catch (error) {
    await work.close();
    await ctx.close();
    throw error;
  }

  // A poller loads its feed readers and analyses one short report per language now, before the HTTP server listens, not in the middle of its first poll.
  if (parts.poll) {
    await preloadFeedReaders();
    warmUpAnalysis(ctx);
  }
  const metrics = new Metrics({ processMetrics: true });
  const senders = await createSenders(ctx);
  const startedAt = new Date();
  const deps = { ...(await deliveryDeps(ctx, senders.senders)), metrics };
  scheduler =
    work instanceof PgBossWork
      ? await startSharedScheduler({
          ...deps,
          work,
          parts,
          pollCron: config.schedule.pollCron,
          storyWindowHours: config.digest.storyWindowHours,
          pollOnStart: true,
          // No jitter: the feeds already come in batches from a queue shared by every poller.
          pollFeeds: (feedIds) => pollFeedIds(ctx, feedIds, { metrics }),
        })
      : startScheduler({
          ...deps,
          pollCron: config.schedule.pollCron,
          pollOnStart: true,
          poll: async () => {
            await ingestOnce(ctx, { metrics });
          },
        });
  // Pruning is idempotent; pollers (they add the articles) run it.
  const retention = startRetention({
    store,
    days: parts.poll ? config.retention.days : 0,
    cron: config.retention.cron,
    timezone: config.schedule.timezone,
    logger,
    now: () => new Date(),
  });

  const pollReadiness = schedulerReadiness({
    store,
    // A process that does not poll is not the one to blame for an old poll: the pollers' /readyz tells that.
    lastPollAt: parts.poll ? () => scheduler.lastPollAt() : () => new Date(),
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
    sendDigestNow: async (sub) => {
      if (work.kind === 'local') return describeOutcome(await deliverDigest(deps, sub, new Date(), { force: true }));
      // Through the queue, so it never runs beside another process's delivery to the same subscription.
      const result = (await work.runAll('deliver', deliverJobs([sub.id], true), deliverHandler(deps))).get(subscriptionKey(sub.id));
      return result?.status === 'done' ? describeOutcome(result.output) : `#${sub.id}: not delivered — ${result ? result.error : 'the job did not run'}.`;
    },
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
  const portFile = env.NEWS_DIGEST_HTTP_PORT_FILE;
  const closables: Closable[] = [
    ...(portFile ? [{ name: 'port file', close: async () => removePortFile(portFile) }] : []),
    { name: 'http', close: () => http.close() },
    { name: 'retention', close: () => retention.stop() },
    ...chat.running.map(({ adapter, handle }) => ({ name: adapter.platform, close: () => handle.stop() })),
    { name: 'senders', close: async () => senders.close() },
    { name: 'store', close: () => ctx.close() },
  ];

  installGracefulShutdown({ scheduler, closables, graceMs: GRACE_MS, logger });
  if (portFile) writePortFile(portFile, http.port);
  logger.info(
    {
      port: http.port,
      url: http.url,
      role,
      work: work.kind,
      dashboard: fallback !== undefined,
      feeds: (await store.listFeeds()).length,
      subscriptions: (await store.listSubscriptions()).length,
      ...(chat.down.length > 0 ? { degraded: chat.down.map(({ adapter }) => adapter.platform) } : {}),
    },
    'news-digest is running',
  );
}

/** See WARM_UP_ARTICLES: each language's tables are built here, once, while nothing waits on the event loop. */
function warmUpAnalysis({ analyze, logger }: Pick<CliContext, 'analyze' | 'logger'>): void {
  const started = performance.now();
  for (const article of Object.values(WARM_UP_ARTICLES)) analyze(article);
  logger.debug({ ms: Math.round(performance.now() - started) }, 'analysis warmed up');
}
