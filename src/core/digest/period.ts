import { previousFireTime } from './cron.js';
import { formatCivilWithOffset } from './zoned-time.js';

/** Used when a schedule has not fired yet within the search horizon. */
export const NO_PERIOD = 'never';

/**
 * The digest period `at` belongs to: the schedule's last fire time at or before
 * `at`, written as local wall-clock time with its offset (`2026-03-29T08:00+02:00`),
 * so the key stays unique across a fall-back hour and readable in the deliveries table.
 */
export function periodKeyFor(schedule: string, timezone: string, at: Date): string {
  const fire = previousFireTime(schedule, timezone, at);
  return fire ? formatCivilWithOffset(fire, timezone) : NO_PERIOD;
}

/** The period key of a one-story instant post: the story identifies it. */
export function instantPeriodKey(storyId: number): string {
  return `story-${storyId}`;
}

/** `${subscriptionId}:${periodKey}:${part}` — the idempotency key of one message part. */
export function deliveryKey(subscriptionId: number, periodKey: string, part: number): string {
  return `${subscriptionId}:${periodKey}:${part}`;
}
