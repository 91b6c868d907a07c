/** First retry after five minutes, doubling per consecutive failure, never more than twelve hours apart. */
const BASE_DELAY_MS = 5 * 60_000;
const MAX_DELAY_MS = 12 * 3600_000;

export function backoffDelayMs(consecutiveFailures: number): number {
  const exponent = Math.max(0, consecutiveFailures - 1);
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(exponent, 20));
}

/** When a failing feed may be fetched again: the backoff, or later if the server asked (Retry-After). */
export function nextAttemptAt(now: Date, consecutiveFailures: number, retryAfterSeconds: number | null): Date {
  const backoff = backoffDelayMs(consecutiveFailures);
  const asked = retryAfterSeconds === null ? 0 : Math.min(retryAfterSeconds * 1000, 7 * 24 * 3600_000);
  return new Date(now.getTime() + Math.max(backoff, asked));
}
