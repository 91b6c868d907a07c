import { z } from 'zod';
import cron from 'node-cron';
import { cronStepProblem } from '../core/digest/cron-steps.js';
import { CONFIG_DEFAULTS } from './defaults.js';
import { isValidTimeZone, RUN_ROLES } from './values.js';

export { isValidTimeZone, RUN_ROLES, type RunRole } from './values.js';

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

const timeZone = z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Berlin');
const cronExpression = z.string().superRefine((value, ctx) => {
  if (value.trim().split(/\s+/).length !== 5 || !cron.validate(value))
    ctx.addIssue({ code: 'custom', message: 'must be a five-field cron expression such as "0 8 * * *"' });
  else {
    const step = cronStepProblem(value);
    if (step) ctx.addIssue({ code: 'custom', message: `is not a usable cron expression: ${step}` });
  }
});
/** A PostgreSQL connection URL (store.url, DATABASE_URL). */
export const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/\S+$/i.test(value), 'must be a postgres:// or postgresql:// URL such as postgres://news@db.example:5432/news_digest');

const language = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as "de"');
const topicId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes');

export const feedConfigSchema = z.strictObject({
  url: httpUrl,
  name: z.string().min(1).max(100).optional(),
  language: language.optional(),
  fullText: z.enum(['auto', 'always', 'never']).default('auto'),
});

export const customTopicSchema = z.strictObject({
  id: topicId,
  label: z.string().min(1).max(60).optional(),
  description: z.string().max(200).optional(),
  /** Terms per language; a term may carry a weight as "term:2". */
  terms: z.record(language, z.array(z.string().min(1)).min(1)),
  threshold: z.number().positive().optional(),
});

export const configSchema = z.strictObject({
  feeds: z.array(feedConfigSchema).default(CONFIG_DEFAULTS.feeds),
  topics: z
    .strictObject({
      custom: z.array(customTopicSchema).default([]),
      disabled: z.array(topicId).default([]),
    })
    .default(CONFIG_DEFAULTS.topics),
  schedule: z
    .strictObject({
      cron: cronExpression.default('0 8 * * *'),
      timezone: timeZone.default('UTC'),
      pollCron: cronExpression.default('*/10 * * * *'),
    })
    .default(CONFIG_DEFAULTS.schedule),
  fetch: z
    .strictObject({
      timeoutSeconds: z.number().positive().max(300).default(20),
      connectTimeoutSeconds: z.number().positive().max(60).default(10),
      maxBytes: z
        .number()
        .int()
        .positive()
        .default(10 * 1024 * 1024),
      allowPrivateAddresses: z.boolean().default(false),
      userAgent: z.string().min(1).default('news-digest/0.1 (+https://github.com/news-digest/news-digest)'),
      perHostConcurrency: z.number().int().min(1).max(16).default(2),
      maxConsecutiveFailures: z.number().int().min(1).default(10),
    })
    .default(CONFIG_DEFAULTS.fetch),
  /** Bounds on article pages fetched for full text (Readability runs in a worker thread). */
  fullText: z
    .strictObject({
      maxBytes: z
        .number()
        .int()
        .positive()
        .default(2 * 1024 * 1024),
      maxElements: z.number().int().positive().default(30_000),
      maxDepth: z.number().int().positive().default(200),
      timeoutSeconds: z.number().positive().max(300).default(10),
    })
    .default(CONFIG_DEFAULTS.fullText),
  digest: z
    .strictObject({
      maxStories: z.number().int().min(1).max(100).default(10),
      language: language.default('en'),
      storyWindowHours: z
        .number()
        .positive()
        .max(24 * 14)
        .default(48),
    })
    .default(CONFIG_DEFAULTS.digest),
  http: z
    .strictObject({
      port: z.number().int().min(0).max(65535).default(8080),
      /** Loopback by default; containers bind all interfaces (NEWS_DIGEST_HTTP_HOST=0.0.0.0 in the image). */
      host: z.string().min(1).default('127.0.0.1'),
      /** Request bodies (Slack's /slack/events) over this are refused with 413 before they are buffered. */
      maxBodyBytes: z
        .number()
        .int()
        .positive()
        .max(64 * 1024 * 1024)
        .default(256 * 1024),
      bodyTimeoutSeconds: z.number().positive().max(300).default(10),
    })
    .default(CONFIG_DEFAULTS.http),
  /** The operators' dashboard on http.port; it needs NEWS_DIGEST_ADMIN_TOKEN in the environment. */
  web: z
    .strictObject({
      enabled: z.boolean().default(false),
      /** Mark the session cookie Secure (HTTPS only). Turn off only for plain HTTP on a trusted network. */
      secureCookie: z.boolean().default(true),
      sessionHours: z.number().positive().max(168).default(12),
    })
    .default(CONFIG_DEFAULTS.web),
  chat: z
    .strictObject({
      /** true: `run` keeps going when a chat adapter cannot start, and /readyz names it; false: it exits 1. */
      degraded: z.boolean().default(false),
    })
    .default(CONFIG_DEFAULTS.chat),
  /** `run` on a shared PostgreSQL: which part of the bot this process runs, and how soon a dead worker's job is taken over. */
  run: z
    .strictObject({
      /** all: everything; poller: polling and stories; deliverer: digests and instant posts; gateway: chat adapters. `--role` wins. */
      role: z.enum(RUN_ROLES).default('all'),
      /** A queued job still running this long after it started counts as lost (its process died) and is retried by another process. */
      jobExpirySeconds: z.number().int().min(1).max(3600).default(900),
    })
    .default(CONFIG_DEFAULTS.run),
  /** Where data lives: without url, the SQLite file of --db / NEWS_DIGEST_DB; with url, that PostgreSQL database (overrides DATABASE_URL). */
  store: z
    .strictObject({
      url: postgresUrl.optional(),
    })
    .default(CONFIG_DEFAULTS.store),
  retention: z
    .strictObject({
      /** Articles first seen longer ago than this are deleted (with their quotes, topics, search rows and emptied stories); 0 keeps everything. */
      days: z.number().int().min(0).max(36_500).default(90),
      /** When `run` prunes, in schedule.timezone. */
      cron: cronExpression.default('30 3 * * *'),
    })
    .default(CONFIG_DEFAULTS.retention),
});

export type Config = z.infer<typeof configSchema>;
export type FeedConfig = z.infer<typeof feedConfigSchema>;
export type CustomTopicConfig = z.infer<typeof customTopicSchema>;
export type FetchConfig = Config['fetch'];
export type WebConfig = Config['web'];
export type FullTextConfig = Config['fullText'];
