import type { Config } from './schema.js';
import type { RunRole } from './values.js';

/**
 * The config with every key left out, section by section: every default the
 * schema gives (each field and each section reads it from here), and what a
 * command uses without a config file (without loading the schema). test/config/defaults.test.ts checks they equal what the
 * schema makes of an empty file and of empty sections.
 */
export const CONFIG_DEFAULTS = {
  feeds: [],
  topics: { custom: [], disabled: [] },
  schedule: { cron: '0 8 * * *', timezone: 'UTC', pollCron: '*/10 * * * *' },
  fetch: {
    timeoutSeconds: 20,
    connectTimeoutSeconds: 10,
    maxBytes: 10 * 1024 * 1024,
    allowPrivateAddresses: false,
    userAgent: 'news-digest/0.1 (+https://github.com/news-digest/news-digest)',
    perHostConcurrency: 2,
    maxConsecutiveFailures: 10,
  },
  fullText: { maxBytes: 2 * 1024 * 1024, maxElements: 30_000, maxDepth: 200, timeoutSeconds: 10 },
  digest: { maxStories: 10, language: 'en', storyWindowHours: 48 },
  http: { port: 8080, host: '127.0.0.1', maxBodyBytes: 256 * 1024, bodyTimeoutSeconds: 10 },
  web: { enabled: false, secureCookie: true, sessionHours: 12 },
  chat: { degraded: false },
  run: { role: 'all' as RunRole, jobExpirySeconds: 900 },
  store: {},
  retention: { days: 90, cron: '30 3 * * *' },
};

/** A fresh copy of the defaults, as the schema parses an empty config file. */
export function defaultConfig(): Config {
  return structuredClone(CONFIG_DEFAULTS);
}
