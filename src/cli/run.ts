import { existsSync } from 'node:fs';
import { topicLabel } from '../core/index.js';
import { startDiscordBot, startSlackApp, type CommandDeps } from '../chat/index.js';
import { discoverFeed } from '../feeds/index.js';
import { Metrics, startHttpServer } from '../http/index.js';
import { buildDigest, installGracefulShutdown, schedulerReadiness, startScheduler, type Closable } from '../schedule/index.js';
import { plannedAdapters } from './adapters.js';
import { createContext, type GlobalOptions } from './context.js';
import { deliveryDeps } from './digest.js';
import { UsageError } from './errors.js';
import { ingestOnce } from './ingest.js';
import { createSenders } from './senders.js';

const GRACE_MS = 20_000;

/** `run`: the long-running bot. Everything it starts is stopped by SIGTERM/SIGINT within the grace period. */
export async function runBot(globals: GlobalOptions): Promise<void> {
  // .env is a convenience for `npm start`; real deployments set the environment themselves.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const ctx = createContext({ ...globals, logLevel: globals.logLevel ?? process.env.LOG_LEVEL ?? 'info' });
  const { logger, config, env } = ctx;
  const adapters = plannedAdapters(env);
  for (const problem of adapters.problems) logger.warn(problem);
  if (env.SLACK_BOT_TOKEN && !adapters.slack) throw new UsageError(adapters.problems[0] ?? 'Slack credentials are incomplete.');

  const store = ctx.store();
  const metrics = new Metrics({ processMetrics: true });
  const senders = createSenders(ctx);
  const startedAt = new Date();

  const scheduler = startScheduler({
    ...deliveryDeps(ctx, senders.senders),
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
    // Address guard, then autodiscovery: a page URL is stored as the feed it names.
    checkFeedUrl: (url) => discoverFeed(url, config.fetch),
    previewDigest: (sub, now) => buildDigest(store, (id) => topicLabel(ctx.taxonomy, id, sub.language), sub, now, { maxStories: config.digest.maxStories }),
    onSubscriptionsChanged: () => scheduler.onSubscriptionsChanged(),
    logger,
  };

  const closables: Closable[] = [];
  const extraRoutes: Parameters<typeof startHttpServer>[0]['extraRoutes'] = {};
  if (adapters.slack && env.SLACK_BOT_TOKEN) {
    const slack = await startSlackApp({
      botToken: env.SLACK_BOT_TOKEN,
      signingSecret: env.SLACK_SIGNING_SECRET ?? null,
      appToken: adapters.slack === 'socket' ? (env.SLACK_APP_TOKEN ?? null) : null,
      apiUrl: env.SLACK_API_URL,
      commands,
      logger,
    });
    if (slack.handler) extraRoutes['POST /slack/events'] = slack.handler;
    closables.push({ name: 'slack', close: () => slack.stop() });
    logger.info({ mode: slack.mode }, 'Slack adapter started');
  }
  if (adapters.discord && env.DISCORD_TOKEN) {
    const discord = await startDiscordBot({ token: env.DISCORD_TOKEN, apiBase: env.DISCORD_API_BASE ?? null, commands, logger });
    closables.push({ name: 'discord', close: () => discord.stop() });
    logger.info('Discord adapter started');
  }

  const readiness = schedulerReadiness({
    store,
    lastPollAt: () => scheduler.lastPollAt(),
    startedAt,
    now: () => new Date(),
    pollCron: config.schedule.pollCron,
  });
  const http = await startHttpServer({ port: config.http.port, host: config.http.host, metrics, readiness, extraRoutes });
  closables.unshift({ name: 'http', close: () => http.close() });
  closables.push({ name: 'senders', close: async () => senders.close() }, { name: 'store', close: async () => ctx.close() });

  installGracefulShutdown({ scheduler, closables, graceMs: GRACE_MS, logger });
  logger.info({ port: http.port, feeds: store.listFeeds().length, subscriptions: store.listSubscriptions().length }, 'news-digest is running');
}
