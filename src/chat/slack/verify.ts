import type { Logger } from '../../config/index.js';
import { AdapterStartError, networkReason } from '../start-error.js';
import { createWebClient, normaliseSlackApiUrl, type RetryPolicy } from './web-client.js';

export interface SlackVerifyOptions {
  token: string;
  apiUrl?: string;
  logger: Logger;
  /** Default: three tries within a few seconds (WebClient alone retries for 30 minutes). */
  retryConfig?: RetryPolicy;
}

const START_RETRY_POLICY: RetryPolicy = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000, randomize: false };

/**
 * auth.test before Bolt starts: a rejected token or an unreachable Web API becomes
 * one sentence naming the fix, after a bounded number of tries.
 */
export async function verifySlackToken(options: SlackVerifyOptions): Promise<{ team: string | null; user: string | null }> {
  const client = createWebClient({
    token: options.token,
    apiUrl: options.apiUrl,
    logger: options.logger,
    retryConfig: options.retryConfig ?? START_RETRY_POLICY,
  });
  try {
    const answer = await client.auth.test();
    return { team: answer.team ?? null, user: answer.user ?? null };
  } catch (error) {
    const platformError = (error as { data?: { error?: string } }).data?.error;
    if (platformError) {
      throw new AdapterStartError(
        'slack',
        'rejected',
        `Slack rejected SLACK_BOT_TOKEN (${platformError}): copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page into SLACK_BOT_TOKEN.`,
      );
    }
    const status = (error as { statusCode?: number }).statusCode;
    const reason = status ? `HTTP ${status}` : networkReason((error as { original?: unknown }).original ?? error);
    throw new AdapterStartError(
      'slack',
      'unreachable',
      `Could not reach the Slack Web API at ${normaliseSlackApiUrl(options.apiUrl)} after ${(options.retryConfig ?? START_RETRY_POLICY).retries! + 1} tries (${reason}): check the network and proxy${options.apiUrl ? ', and SLACK_API_URL' : ''}.`,
    );
  }
}

/** Socket Mode's start (apps.connections.open with the app-level token) failing, as one sentence naming SLACK_APP_TOKEN. */
export function socketModeStartError(error: unknown): AdapterStartError {
  const platformError = (error as { data?: { error?: string } }).data?.error ?? /An API error occurred: (\w+)/.exec(String(error))?.[1];
  if (platformError) {
    return new AdapterStartError(
      'slack',
      'rejected',
      `Slack rejected SLACK_APP_TOKEN (${platformError}): create an app-level token with the connections:write scope (xapp-…) on the app's Basic Information page, or unset it to use HTTP mode.`,
    );
  }
  return new AdapterStartError('slack', 'unreachable', `Could not open Slack's Socket Mode connection (${networkReason(error)}): check the network and proxy.`);
}
