import type { LanguageCode, Platform } from '../core/index.js';
import type { Logger } from '../config/index.js';
import type { Store } from '../store/index.js';
import type { ChatSender, DeliveryMetrics } from './types.js';

/** How hard one run tries a part before leaving it pending for the next run. */
export interface RetryPolicy {
  /** Attempts per part per run, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };

/** Everything digest building and delivery need; the CLI wires the real parts. */
export interface DeliveryDeps {
  store: Store;
  senders: Partial<Record<Platform, ChatSender>>;
  /** Display label of a topic id in a language (the subscription's), from the taxonomy. */
  labels: (topicId: string, language: LanguageCode) => string;
  logger: Logger;
  now: () => Date;
  maxStories: number;
  /** How far back the first digest of a new subscription looks. Default 24. */
  lookbackHours?: number;
  retry?: RetryPolicy;
  metrics?: DeliveryMetrics;
  /** Aborts retry back-off waits (shutdown); the part in flight still finishes. */
  signal?: AbortSignal;
}
