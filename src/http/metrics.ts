import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Platform, SubscriptionMode } from '../core/index.js';
import type { DeliveryMetrics } from '../schedule/index.js';

/** Outcome of polling one feed. */
export type FeedPollOutcome = 'fetched' | 'not-modified' | 'skipped' | 'failed';

/**
 * The bot's Prometheus metrics on their own registry (never the global default),
 * so tests and several instances in one process do not collide. The poller,
 * scheduler and senders report through these methods.
 */
export class Metrics implements DeliveryMetrics {
  readonly registry = new Registry();
  private readonly feedsPolled: Counter<'outcome'>;
  private readonly fetchFailures: Counter<'reason'>;
  private readonly articlesStored: Counter<'topic'>;
  private readonly digestsSent: Counter<'platform' | 'mode'>;
  private readonly latency: Histogram<'platform'>;
  private readonly apiErrors: Counter<'platform' | 'code'>;
  private readonly lastPoll: Gauge;

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.feedsPolled = new Counter({ name: 'news_digest_feeds_polled_total', help: 'Feed polls by outcome.', labelNames: ['outcome'], registers });
    this.fetchFailures = new Counter({ name: 'news_digest_fetch_failures_total', help: 'Feed fetch failures by reason.', labelNames: ['reason'], registers });
    this.articlesStored = new Counter({
      name: 'news_digest_articles_stored_total',
      help: 'New articles stored, by topic ("none" when untagged).',
      labelNames: ['topic'],
      registers,
    });
    this.digestsSent = new Counter({
      name: 'news_digest_digests_sent_total',
      help: 'Digests (and instant posts) whose last part was sent.',
      labelNames: ['platform', 'mode'],
      registers,
    });
    this.latency = new Histogram({
      name: 'news_digest_delivery_latency_seconds',
      help: 'Seconds from a message part being recorded to the platform accepting it.',
      labelNames: ['platform'],
      buckets: [0.1, 0.5, 1, 2, 5, 15, 60, 300, 1800, 3600],
      registers,
    });
    this.apiErrors = new Counter({
      name: 'news_digest_chat_api_errors_total',
      help: 'Chat API errors by platform and error code.',
      labelNames: ['platform', 'code'],
      registers,
    });
    this.lastPoll = new Gauge({ name: 'news_digest_last_poll_timestamp_seconds', help: 'Unix time the last poll completed.', registers });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'news_digest_' });
  }

  feedPolled(outcome: FeedPollOutcome): void {
    this.feedsPolled.inc({ outcome });
  }

  fetchFailure(reason: string): void {
    this.fetchFailures.inc({ reason });
  }

  articleStored(topics: string[]): void {
    for (const topic of topics.length > 0 ? topics : ['none']) this.articlesStored.inc({ topic });
  }

  pollCompleted(at: Date): void {
    this.lastPoll.set(at.getTime() / 1000);
  }

  digestSent(platform: Platform, mode: SubscriptionMode): void {
    this.digestsSent.inc({ platform, mode });
  }

  deliveryLatency(platform: Platform, seconds: number): void {
    this.latency.observe({ platform }, seconds);
  }

  chatApiError(platform: Platform, code: string): void {
    this.apiErrors.inc({ platform, code });
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
