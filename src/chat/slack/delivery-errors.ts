import { webApi } from '@slack/bolt';
import { ChatDeliveryError } from '../../schedule/index.js';

/**
 * Maps Web API failures onto the scheduler's ChatDeliveryError. Permanent codes
 * pause the subscription with a reason (retrying cannot fix them); everything
 * else is transient and retried later.
 */

const PERMANENT_REASONS: Record<string, string> = {
  not_in_channel: 'the bot is not a member of this channel; invite it with /invite @news-digest',
  channel_not_found: 'the channel no longer exists or the bot cannot see it',
  is_archived: 'the channel is archived',
  account_inactive: 'the Slack app was deactivated or uninstalled',
  invalid_auth: 'the Slack bot token is invalid',
  not_authed: 'no Slack bot token was sent',
  token_revoked: 'the Slack bot token was revoked',
  token_expired: 'the Slack bot token expired',
  missing_scope: 'the Slack app lacks the chat:write scope',
  restricted_action: 'a workspace admin restricted posting in this channel',
  ekm_access_denied: 'the workspace administrators suspended posting',
  team_access_not_granted: 'the Slack app is not installed in this workspace',
  // Rendering bugs: the same payload would fail again.
  invalid_blocks: 'the message broke a Block Kit limit',
  invalid_blocks_format: 'the message blocks were malformed',
  msg_too_long: 'the message text was too long',
  no_text: 'the message was empty',
};

type WebApiError = Error & {
  code?: string;
  data?: { error?: string; response_metadata?: { retryAfter?: number } };
  statusCode?: number;
  retryAfter?: number;
};

const RATE_LIMIT_MESSAGE = /rate limit was exceeded.*retry-after: (\d+)/iu;

export function slackDeliveryError(error: unknown): ChatDeliveryError {
  if (error instanceof ChatDeliveryError) return error;
  const e = (error instanceof Error ? error : new Error(String(error))) as WebApiError;
  switch (e.code) {
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      const reason = PERMANENT_REASONS[code];
      if (reason) return new ChatDeliveryError(`Slack refused the message (${code}): ${reason}.`, true, code);
      const retryAfter = e.data?.response_metadata?.retryAfter ?? null;
      return new ChatDeliveryError(`Slack refused the message (${code}); will retry.`, false, code, retryAfter);
    }
    case webApi.ErrorCode.RateLimitedError:
      return new ChatDeliveryError('Slack rate-limited the bot; will retry.', false, 'ratelimited', e.retryAfter ?? null);
    case webApi.ErrorCode.HTTPError:
      return new ChatDeliveryError(`Slack answered HTTP ${e.statusCode ?? '?'}; will retry.`, false, e.statusCode ?? null);
    case webApi.ErrorCode.RequestError:
      return new ChatDeliveryError(`Could not reach Slack (${e.message}); will retry.`, false, 'request_error');
    default: {
      // WebClient gives up on repeated 429s with a plain Error naming the Retry-After.
      const rateLimit = RATE_LIMIT_MESSAGE.exec(e.message);
      if (rateLimit) return new ChatDeliveryError('Slack rate-limited the bot; will retry.', false, 'ratelimited', Number(rateLimit[1]));
      return new ChatDeliveryError(`Posting to Slack failed (${e.message}); will retry.`, false, null);
    }
  }
}
