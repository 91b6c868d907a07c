import { isIP } from 'node:net';
import { buildTaxonomy } from '../core/index.js';
import { ConfigError, dotEnvPath, loadConfig, loadEnv, type Config } from '../config/index.js';
import { isPrivateAddress } from '../feeds/index.js';
import { DEFAULT_DB, type GlobalOptions } from './context.js';
import { UsageError } from './errors.js';
import { printLines } from './output.js';
import { planStart } from './start-plan.js';

/** Feeds whose URL is a non-public IP literal: the poller would refuse them on every poll. (Names are not resolved here: no network.) */
function privateFeedProblems(config: Config): string[] {
  if (config.fetch.allowPrivateAddresses) return [];
  return config.feeds.flatMap((feed, index) => {
    const host = new URL(feed.url).hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) === 0 || !isPrivateAddress(host)) return [];
    return [
      `feeds[${index}].url: ${feed.url} is the non-public address ${host}; it would be refused on every poll (set fetch.allowPrivateAddresses: true to poll it)`,
    ];
  });
}

/**
 * Validates config and environment without opening the store or the network, and
 * prints the plan `run` follows with them (the same `planStart`).
 */
export function checkConfig(globals: GlobalOptions, json: boolean): void {
  const env = loadEnv();
  const { config, path } = loadConfig(globals.config ?? env.NEWS_DIGEST_CONFIG, env);
  const problems = privateFeedProblems(config);
  if (problems.length > 0) throw new ConfigError(problems, path ?? 'config');
  const taxonomy = buildTaxonomy({ custom: config.topics.custom, disabled: config.topics.disabled });
  const plan = planStart(env, config);
  if (json) {
    const adapters = Object.fromEntries(plan.adapters.map(({ adapter, plan: p }) => [adapter.platform, p]));
    process.stdout.write(
      `${JSON.stringify({ configPath: path, envFile: dotEnvPath(), config, topics: taxonomy.topics.map((t) => t.id), adapters, runWouldStop: plan.fatal })}\n`,
    );
  } else {
    const { retention } = config;
    printLines([
      `Config: ${path ?? 'none found, using defaults'} — OK`,
      `Environment: ${dotEnvPath() ? `${dotEnvPath()} read (variables already set in the environment win)` : 'no .env file; the process environment only'} — OK`,
      `Database: ${globals.db ?? env.NEWS_DIGEST_DB ?? DEFAULT_DB}`,
      `Feeds: ${config.feeds.length}${config.feeds.length ? ` (${config.feeds.map((f) => f.name ?? f.url).join(', ')})` : ''}`,
      `Topics: ${taxonomy.topics.map((t) => t.id).join(', ')}`,
      `Polling: "${config.schedule.pollCron}"; default digest schedule "${config.schedule.cron}" in ${config.schedule.timezone}`,
      `Fetch: timeout ${config.fetch.timeoutSeconds}s, max ${config.fetch.maxBytes} bytes, private addresses ${config.fetch.allowPrivateAddresses ? 'ALLOWED' : 'refused'}`,
      `Retention: ${retention.days > 0 ? `articles older than ${retention.days} days are pruned ("${retention.cron}")` : 'keep everything (retention.days: 0)'}`,
      `HTTP (health, metrics, Slack events): ${config.http.host}:${config.http.port}`,
      ...plan.adapters.filter(({ adapter }) => adapter.tokenVariable !== null).map(({ adapter, plan: p }) => `${adapter.label}: ${p.summary}`),
      `If a chat adapter cannot start: ${plan.degraded ? 'run keeps going without it and /readyz names it (chat.degraded: true)' : 'run stops with exit code 1 (set chat.degraded: true to keep going)'}`,
      ...plan.warnings.map((w) => `Warning: ${w}`),
    ]);
  }
  if (plan.fatal) throw new UsageError(`run would stop: ${plan.fatal}`);
}
