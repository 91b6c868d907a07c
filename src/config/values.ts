/**
 * Values the config schema shares with the CLI and the /news option descriptions,
 * kept free of zod so those can be read at start-up without loading the schema.
 */

export const isValidTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** `run --role`: which parts of the bot a process runs (see docs/scaling.md). */
export const RUN_ROLES = ['all', 'poller', 'deliverer', 'gateway'] as const;
export type RunRole = (typeof RUN_ROLES)[number];

/** The config file read when neither --config nor NEWS_DIGEST_CONFIG names one. */
export const DEFAULT_CONFIG_FILE = 'news-digest.config.yaml';

/** Every environment variable news-digest reads (envSchema in env.ts checks each of them). */
export const ENV_VARIABLES = [
  'NEWS_DIGEST_CONFIG',
  'NEWS_DIGEST_DB',
  'DATABASE_URL',
  'NEWS_DIGEST_HTTP_HOST',
  'NEWS_DIGEST_HTTP_PORT_FILE',
  'LOG_LEVEL',
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_DEV_GUILD_ID',
  'DISCORD_API_BASE',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_API_URL',
  'NEWS_DIGEST_ADMIN_TOKEN',
] as const;
export type EnvVariable = (typeof ENV_VARIABLES)[number];

/**
 * True when the environment sets none of our variables (empty counts as unset):
 * then it needs no checking and reads as `{}`, and a command can skip loading the schema.
 */
export const envIsEmpty = (source: NodeJS.ProcessEnv = process.env): boolean => ENV_VARIABLES.every((name) => !source[name]);
