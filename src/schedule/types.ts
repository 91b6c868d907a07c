import type { Digest, Platform, Subscription } from '../core/index.js';

/** One rendered message part, recorded as a delivery before it is sent. */
export interface RenderedPart {
  /** The serialised message body, stored so a pending part is re-sent byte-identical. */
  payload: string;
  /** 1-based number of the part (same period) whose thread this message goes into. */
  threadOf?: number;
}

/** Facts about a part the sender needs besides its payload. */
export interface SendContext {
  /** The platform message id (Slack ts) of the part this one goes in the thread of. */
  threadParentId?: string | null;
}

/** A short operator notice to a channel (feed health), plain text; the sender escapes it. */
export interface ChannelNotice {
  title: string;
  lines: string[];
}

/**
 * What the scheduler needs from a chat platform. Chat adapters implement it;
 * the scheduler never imports them (the CLI wires them together).
 */
export interface ChatSender {
  platform: Platform;
  /** Render a digest into the serialised payloads of its message parts, each within the platform's limits. */
  renderDigest(digest: Digest, subscription: Subscription): string[];
  /**
   * The parts for the subscription's layout (threads, forum posts, role alerts),
   * each within the platform's limits. Senders without layouts leave it out and
   * `renderDigest` is used.
   */
  renderParts?(digest: Digest, subscription: Subscription): RenderedPart[];
  /** A notice to the subscription's channel as parts (a forum needs a post of its own). */
  renderNotice?(notice: ChannelNotice, subscription: Subscription): RenderedPart[];
  /**
   * Send one rendered part. `idempotencyKey` is stable across retries and restarts
   * (Discord sends it as the message nonce with enforce_nonce).
   * Throws ChatDeliveryError on failure.
   */
  send(subscription: Subscription, payload: string, idempotencyKey: string, context?: SendContext): Promise<{ messageId: string | null }>;
  /**
   * Tells the people running the subscription's server or workspace that it was
   * paused, and why (Discord: the server's system channel, else a DM to whoever
   * subscribed; Slack: a DM to whoever subscribed). Called once per pause; the
   * scheduler logs a failure and never retries it, so it should not retry hard either.
   */
  notifyPaused?(subscription: Subscription, reason: string): Promise<void>;
}

/** A failed chat post. Permanent errors pause the subscription; transient ones are retried. */
export class ChatDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    /** Platform error code, e.g. Discord 50001 or Slack 'not_in_channel'. */
    readonly code: string | number | null = null,
    /** Seconds the platform asked us to wait, when it said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ChatDeliveryError';
  }
}

/** What the scheduler reports to metrics; the ops HTTP server's `Metrics` implements it. */
export interface DeliveryMetrics {
  digestSent(platform: Platform, mode: Subscription['mode']): void;
  /** Seconds from a part being recorded pending to it being sent. */
  deliveryLatency(platform: Platform, seconds: number): void;
  chatApiError(platform: Platform, code: string): void;
  /** The scheduler's poll job finished (feeds fetched and stories clustered). */
  pollCompleted?(at: Date): void;
}
