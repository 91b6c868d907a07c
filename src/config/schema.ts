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
      custom: z.array(customTopicSchema).default(CONFIG_DEFAULTS.topics.custom),
      disabled: z.array(topicId).default(CONFIG_DEFAULTS.topics.disabled),
    })
    .default(CONFIG_DEFAULTS.topics),
  schedule: z
    .strictObject({
      cron: cronExpression.default(CONFIG_DEFAULTS.schedule.cron),
      timezone: timeZone.default(CONFIG_DEFAULTS.schedule.timezone),
      pollCron: cronExpression.default(CONFIG_DEFAULTS.schedule.pollCron),
    })
    .default(CONFIG_DEFAULTS.schedule),
  fetch: z
    .strictObject({
      timeoutSeconds: z.number().positive().max(300).default(CONFIG_DEFAULTS.fetch.timeoutSeconds),
      connectTimeoutSeconds: z.number().positive().max(60).default(CONFIG_DEFAULTS.fetch.connectTimeoutSeconds),
      maxBytes: z.number().int().positive().default(CONFIG_DEFAULTS.fetch.maxBytes),
      allowPrivateAddresses: z.boolean().default(CONFIG_DEFAULTS.fetch.allowPrivateAddresses),
      userAgent: z.string().min(1).default(CONFIG_DEFAULTS.fetch.userAgent),
      perHostConcurrency: z.number().int().min(1).max(16).default(CONFIG_DEFAULTS.fetch.perHostConcurrency),
      maxConsecutiveFailures: z.number().int().min(1).default(CONFIG_DEFAULTS.fetch.maxConsecutiveFailures),
    })
    .default(CONFIG_DEFAULTS.fetch),
  /** Bounds on article pages fetched for full text (Readability runs in a worker thread). */
  fullText: z
    .strictObject({
      maxBytes: z.number().int().positive().default(CONFIG_DEFAULTS.fullText.maxBytes),
      maxElements: z.number().int().positive().default(CONFIG_DEFAULTS.fullText.maxElements),
      maxDepth: z.number().int().positive().default(CONFIG_DEFAULTS.fullText.maxDepth),
      timeoutSeconds: z.number().positive().max(300).default(CONFIG_DEFAULTS.fullText.timeoutSeconds),
    })
    .default(CONFIG_DEFAULTS.fullText),
  digest: z
    .strictObject({
      maxStories: z.number().int().min(1).max(100).default(CONFIG_DEFAULTS.digest.maxStories),
      language: language.default(CONFIG_DEFAULTS.digest.language),
      storyWindowHours: z
        .number()
        .positive()
        .max(24 * 14)
        .default(CONFIG_DEFAULTS.digest.storyWindowHours),
    })
    .default(CONFIG_DEFAULTS.digest),
  http: z
    .strictObject({
      port: z.number().int().min(0).max(65535).default(CONFIG_DEFAULTS.http.port),
      /** Loopback by default; containers bind all interfaces (NEWS_DIGEST_HTTP_HOST=0.0.0.0 in the image). */
      host: z.string().min(1).default(CONFIG_DEFAULTS.http.host),
      /** Request bodies (Slack's /slack/events) over this are refused with 413 before they are buffered. */
      maxBodyBytes: z
        .number()
        .int()
        .positive()
        .max(64 * 1024 * 1024)
        .default(CONFIG_DEFAULTS.http.maxBodyBytes),
      bodyTimeoutSeconds: z.number().positive().max(300).default(CONFIG_DEFAULTS.http.bodyTimeoutSeconds),
    })
    .default(CONFIG_DEFAULTS.http),
  /** The operators' dashboard on http.port; it needs NEWS_DIGEST_ADMIN_TOKEN in the environment. */
  web: z
    .strictObject({
      enabled: z.boolean().default(CONFIG_DEFAULTS.web.enabled),
      /** Mark the session cookie Secure (HTTPS only). Turn off only for plain HTTP on a trusted network. */
      secureCookie: z.boolean().default(CONFIG_DEFAULTS.web.secureCookie),
      sessionHours: z.number().positive().max(168).default(CONFIG_DEFAULTS.web.sessionHours),
    })
    .default(CONFIG_DEFAULTS.web),
  chat: z
    .strictObject({
      /** true: `run` keeps going when a chat adapter cannot start, and /readyz names it; false: it exits 1. */
      degraded: z.boolean().default(CONFIG_DEFAULTS.chat.degraded),
    })
    .default(CONFIG_DEFAULTS.chat),
  /** `run` on a shared PostgreSQL: which part of the bot this process runs, and how soon a dead worker's job is taken over. */
  run: z
    .strictObject({
      /** all: everything; poller: polling and stories; deliverer: digests and instant posts; gateway: chat adapters. `--role` wins. */
      role: z.enum(RUN_ROLES).default(CONFIG_DEFAULTS.run.role),
      /** A queued job still running this long after it started counts as lost (its process died) and is retried by another process. */
      jobExpirySeconds: z.number().int().min(1).max(3600).default(CONFIG_DEFAULTS.run.jobExpirySeconds),
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
      days: z.number().int().min(0).max(36_500).default(CONFIG_DEFAULTS.retention.days),
      /** When `run` prunes, in schedule.timezone. */
      cron: cronExpression.default(CONFIG_DEFAULTS.retention.cron),
    })
    .default(CONFIG_DEFAULTS.retention),
});

export type Config = z.infer<typeof configSchema>;
export type FeedConfig = z.infer<typeof feedConfigSchema>;
export type CustomTopicConfig = z.infer<typeof customTopicSchema>;
export type FetchConfig = Config['fetch'];
export type WebConfig = Config['web'];
export type FullTextConfig = Config['fullText'];
