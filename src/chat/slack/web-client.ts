import { webApi } from '@slack/bolt';
import type { Logger } from '../../config/index.js';

/** Slack's own Web API base; tests and proxies override it with SLACK_API_URL. */
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

export type RetryPolicy = webApi.RetryOptions;

/**
 * The scheduler retries failed parts itself, so the client only rides out
 * short blips (a 503, one 429) instead of WebClient's default 30 minutes.
 */
export const DELIVERY_RETRY_POLICY: RetryPolicy = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000, randomize: true };

/** WebClient insists on a trailing slash: `…/api/` + `chat.postMessage`. */
export function normaliseSlackApiUrl(apiUrl: string | undefined): string {
  const url = apiUrl?.trim() || DEFAULT_SLACK_API_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

/** Bridges pino to the @slack/logger interface so SDK messages land in our logs (pino redacts tokens). */
export function slackLoggerFrom(logger: Logger): webApi.Logger {
  let level = webApi.LogLevel.INFO;
  const text = (msg: unknown[]): string => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg) => logger.debug(text(msg)),
    info: (...msg) => logger.debug(text(msg)),
    warn: (...msg) => logger.warn(text(msg)),
    error: (...msg) => logger.error(text(msg)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

export interface WebClientOptions {
  token: string;
  apiUrl?: string;
  logger: Logger;
  retryConfig?: RetryPolicy;
}

export function createWebClient(options: WebClientOptions): webApi.WebClient {
  return new webApi.WebClient(options.token, {
    slackApiUrl: normaliseSlackApiUrl(options.apiUrl),
    logger: slackLoggerFrom(options.logger),
    retryConfig: options.retryConfig ?? DELIVERY_RETRY_POLICY,
  });
}
