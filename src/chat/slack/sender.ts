import type { Digest, Subscription } from '../../core/index.js';
import type { Logger } from '../../config/index.js';
import { clampMrkdwn, escapeMrkdwn, renderSlackDigest, renderSlackParts, SLACK_LIMITS } from '../../render/index.js';
import type { ChatSender, SendContext } from '../../schedule/index.js';
import { slackDeliveryError } from './delivery-errors.js';
import { parseMessagePayload, serializeMessage } from './message-payload.js';
import { createWebClient, type RetryPolicy } from './web-client.js';
import { ChannelPacer } from './channel-pacer.js';
import { DIGEST_PART_EVENT, findPartInHistory, findPartInThread, type SentPart } from './sent-part.js';
import { uploadSlackImage, type UploadedFile } from './image.js';
import type { ChartImage } from '../../render/index.js';

export interface SlackSenderOptions {
  token: string;
  /** Web API base (SLACK_API_URL); must end with /api/. Defaults to Slack's. */
  apiUrl?: string;
  logger: Logger;
  /** WebClient retry policy for 5xx and 429; tests pass a fast one. */
  retryConfig?: RetryPolicy;
  /** Slack allows about one message per second per channel. */
  minIntervalPerChannelMs?: number;
  /**
   * Look for the part in the channel's recent history before posting, so a part
   * whose post succeeded just before a crash is not posted twice. Default true.
   */
  reconcileBeforeSend?: boolean;
}

export interface SlackSender extends ChatSender {
  platform: 'slack';
  /** The already-posted message carrying this idempotency key in its metadata, if any. */
  findSentPart(subscription: Subscription, idempotencyKey: string): Promise<SentPart | null>;
  /** Shares a chart PNG in a channel (the `/news trends` reply and a digest's weekly chart). */
  postImage(channelId: string, image: ChartImage): Promise<UploadedFile>;
}

/** Slack user ids: U… for most users, W… on Enterprise Grid. */
const SLACK_USER_ID = /^[UW][A-Z0-9]+$/u;
const MAX_REASON_LENGTH = 1500;

/**
 * The operator notice for a paused subscription, as mrkdwn. `<#C…>` is a
 * channel link, never a ping; the reason is escaped so nothing in it can be one.
 */
export function slackPauseNotice(subscription: Subscription, reason: string): string {
  const shortReason = reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
  const trimmed = shortReason.replace(/[.\s]+$/u, '');
  return `news-digest paused the digest for <#${subscription.channelId}>: ${escapeMrkdwn(trimmed)}. Fix it, then run /news subscribe in that channel to resume.`;
}

export function createSlackSender(options: SlackSenderOptions): SlackSender {
  const client = createWebClient(options);
  const pacer = new ChannelPacer(options.minIntervalPerChannelMs ?? 1000);
  const reconcile = options.reconcileBeforeSend ?? true;
  const log = options.logger.child({ platform: 'slack' });

  const findSentPart = async (subscription: Subscription, idempotencyKey: string): Promise<SentPart | null> => {
    try {
      return await findPartInHistory(client, subscription.channelId, idempotencyKey);
    } catch (error) {
      throw slackDeliveryError(error);
    }
  };

  const lookBeforePosting = async (subscription: Subscription, idempotencyKey: string, threadTs: string | null): Promise<SentPart | null> => {
    if (!reconcile) return null;
    try {
      // Thread replies are not in the channel's history: they are read from the thread.
      return threadTs
        ? await findPartInThread(client, subscription.channelId, threadTs, idempotencyKey)
        : await findPartInHistory(client, subscription.channelId, idempotencyKey);
    } catch (error) {
      // Reading history is a safeguard, not a precondition: the post itself reports real channel problems.
      log.warn({ subscriptionId: subscription.id, err: slackDeliveryError(error).message }, 'could not check channel history before posting');
      return null;
    }
  };

  return {
    platform: 'slack',
    renderDigest: (digest: Digest) => renderSlackDigest(digest).map(serializeMessage),
    renderParts: (digest, subscription) =>
      renderSlackParts(digest, { layout: subscription.layout }).map((part) => ({
        payload: serializeMessage(part.message),
        ...(part.threadOf ? { threadOf: part.threadOf } : {}),
      })),
    renderNotice: (notice) => {
      const text = clampMrkdwn([`*${escapeMrkdwn(notice.title)}*`, ...notice.lines.map(escapeMrkdwn)].join('\n'), SLACK_LIMITS.sectionText);
      return [
        {
          payload: serializeMessage({
            text: clampMrkdwn(notice.title, SLACK_LIMITS.fallbackText),
            blocks: [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }],
          }),
        },
      ];
    },
    findSentPart,
    async send(subscription, payload, idempotencyKey, context?: SendContext) {
      const message = parseMessagePayload(payload);
      const threadTs = context?.threadParentId ?? null;
      const existing = await lookBeforePosting(subscription, idempotencyKey, threadTs);
      if (existing) {
        log.info({ subscriptionId: subscription.id, idempotencyKey }, 'part already in the channel; not posting again');
        return { messageId: existing.ts };
      }
      await pacer.wait(subscription.channelId);
      try {
        const result = await client.chat.postMessage({
          channel: subscription.channelId,
          text: message.text,
          blocks: message.blocks,
          // Article links would unfurl into large previews; the digest already summarises them.
          unfurl_links: false,
          unfurl_media: false,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          metadata: { event_type: DIGEST_PART_EVENT, event_payload: { key: idempotencyKey } },
        });
        return { messageId: result.ts ?? null };
      } catch (error) {
        throw slackDeliveryError(error);
      }
    },
    async postImage(channelId, image) {
      await pacer.wait(channelId);
      try {
        return await uploadSlackImage(client, channelId, image);
      } catch (error) {
        throw slackDeliveryError(error);
      }
    },
    async notifyPaused(subscription, reason) {
      const userId = subscription.createdBy;
      const context = { subscriptionId: subscription.id, channelId: subscription.channelId };
      if (!userId || !SLACK_USER_ID.test(userId)) {
        log.warn({ ...context, createdBy: userId }, 'no Slack user to DM; the pause is only in the log and /news subscriptions');
        return;
      }
      // A user id as `channel` posts in the app's DM with that user (chat:write; no conversations.open needed).
      try {
        await client.chat.postMessage({ channel: userId, text: slackPauseNotice(subscription, reason), unfurl_links: false, unfurl_media: false });
      } catch (error) {
        throw slackDeliveryError(error);
      }
      log.info({ ...context, userId }, 'told the subscriber about the paused subscription by DM');
    },
  };
}
