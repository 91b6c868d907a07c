import { ChatDeliveryError } from './types.js';
import type { RetryPolicy } from './deps.js';

/** The wait before attempt `attempt + 1`: exponential with full jitter, or what the platform asked for. */
export function backoffMs(policy: RetryPolicy, attempt: number, error: ChatDeliveryError, random: () => number = Math.random): number {
  if (error.retryAfterSeconds !== null) return Math.min(policy.maxDelayMs, Math.max(0, error.retryAfterSeconds * 1000));
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Resolves after `ms`, or false at once when `signal` aborts (shutdown). */
export function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (completed: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Anything a sender throws becomes a ChatDeliveryError; unknown failures count as transient. */
export function asDeliveryError(error: unknown): ChatDeliveryError {
  if (error instanceof ChatDeliveryError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ChatDeliveryError(message, false, null, null);
}
