import type { Digest, Platform, Subscription } from '../core/index.js';

/**
 * What the scheduler needs from a chat platform. Chat adapters implement it;
 * the scheduler never imports them (the CLI wires them together).
 */
export interface ChatSender {
  platform: Platform;
  /** Render a digest into the serialised payloads of its message parts, each within the platform's limits. */
  renderDigest(digest: Digest, subscription: Subscription): string[];
  /**
   * Send one rendered part. `idempotencyKey` is stable across retries and restarts
   * (Discord sends it as the message nonce with enforce_nonce).
   * Throws ChatDeliveryError on failure.
   */
  send(subscription: Subscription, payload: string, idempotencyKey: string): Promise<{ messageId: string | null }>;
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
