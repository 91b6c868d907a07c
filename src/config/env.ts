import { z } from 'zod';
import { ConfigError } from './errors.js';
import { formatIssues } from './issues.js';
import { postgresUrl } from './schema.js';
import type { EnvVariable } from './values.js';

const optionalText = z.string().trim().min(1).optional().catch(undefined);
const optionalUrl = z.url({ protocol: /^https?$/ }).optional();

/** Every environment variable news-digest reads (ENV_VARIABLES names them). Secrets live only here, never in the config file. */
export const envSchema = z.object({
  NEWS_DIGEST_CONFIG: optionalText,
  NEWS_DIGEST_DB: optionalText,
  /** A PostgreSQL URL: the store lives there instead of the SQLite file (store.url in the config wins; --db keeps meaning a SQLite file). */
  DATABASE_URL: postgresUrl.optional(),
  /** Overrides http.host: the Docker image sets 0.0.0.0, outside a container the default stays loopback. */
  NEWS_DIGEST_HTTP_HOST: optionalText,
  /** `run` writes the port its HTTP server got to this file once it listens (with http.port 0 the only way to learn it). */
  NEWS_DIGEST_HTTP_PORT_FILE: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d{17,20}$/, 'must be the numeric application id from the Discord developer portal')
    .optional(),
  DISCORD_DEV_GUILD_ID: z
    .string()
    .regex(/^\d{17,20}$/, 'must be a numeric guild (server) id')
    .optional(),
  DISCORD_API_BASE: optionalUrl,
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'must be an app-level token starting with xapp-').optional(),
  SLACK_API_URL: optionalUrl,
  /** Exchanged at the dashboard's login form for a session; long and random (e.g. openssl rand -hex 32). */
  NEWS_DIGEST_ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters; generate one with: openssl rand -hex 32').optional(),
} satisfies Record<EnvVariable, z.ZodType>);

export type Env = z.infer<typeof envSchema>;

/** Empty strings count as unset, so a copied .env.example with blank values is harmless. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  // No reportInput: the values are secrets and never appear in an error.
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) throw new ConfigError(formatIssues(parsed.error), 'environment');
  return parsed.data;
}
