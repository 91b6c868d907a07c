import { isIP } from 'node:net';
import { buildTaxonomy } from '../core/index.js';
import { ConfigError, loadConfig, loadEnv, type Config } from '../config/index.js';
import { isPrivateAddress } from '../feeds/index.js';
import { CHAT_ADAPTERS } from '../chat/adapters.js';
import { DEFAULT_DB, type GlobalOptions } from './context.js';
import { printLines } from './output.js';

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

/** Validates config and environment without opening the store or the network. */
export function checkConfig(globals: GlobalOptions, json: boolean): void {
  const env = loadEnv();
  const { config, path } = loadConfig(globals.config ?? env.NEWS_DIGEST_CONFIG, env);
  const problems = privateFeedProblems(config);
  if (problems.length > 0) throw new ConfigError(problems, path ?? 'config');
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
