import { buildTaxonomy } from '../core/index.js';
import { loadConfig, loadEnv } from '../config/index.js';
import { CHAT_ADAPTERS } from '../chat/adapters.js';
import { DEFAULT_DB, type GlobalOptions } from './context.js';
import { printLines } from './output.js';

/** Validates config and environment without opening the store or the network. */
export function checkConfig(globals: GlobalOptions, json: boolean): void {
  const env = loadEnv();
  const { config, path } = loadConfig(globals.config ?? env.NEWS_DIGEST_CONFIG);
  const taxonomy = buildTaxonomy({ custom: config.topics.custom, disabled: config.topics.disabled });
  const plans = CHAT_ADAPTERS.map((adapter) => ({ adapter, plan: adapter.plan(env) }));
  if (json) {
    const adapters = Object.fromEntries(plans.map(({ adapter, plan }) => [adapter.platform, plan]));
    process.stdout.write(`${JSON.stringify({ configPath: path, config, topics: taxonomy.topics.map((t) => t.id), adapters })}\n`);
    return;
  }
  printLines([
    `Config: ${path ?? 'none found, using defaults'} — OK`,
    `Database: ${globals.db ?? env.NEWS_DIGEST_DB ?? DEFAULT_DB}`,
    `Feeds: ${config.feeds.length}${config.feeds.length ? ` (${config.feeds.map((f) => f.name ?? f.url).join(', ')})` : ''}`,
    `Topics: ${taxonomy.topics.map((t) => t.id).join(', ')}`,
    `Polling: "${config.schedule.pollCron}"; default digest schedule "${config.schedule.cron}" in ${config.schedule.timezone}`,
    `Fetch: timeout ${config.fetch.timeoutSeconds}s, max ${config.fetch.maxBytes} bytes, private addresses ${config.fetch.allowPrivateAddresses ? 'ALLOWED' : 'refused'}`,
    `HTTP (health, metrics, Slack events): ${config.http.host}:${config.http.port}`,
    ...plans.filter(({ adapter }) => adapter.tokenVariable !== null).map(({ adapter, plan }) => `${adapter.label}: ${plan.summary}`),
    ...plans.flatMap(({ plan }) => plan.problems.map((p) => `Warning: ${p}`)),
  ]);
}
