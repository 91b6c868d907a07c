import { nextFireTime } from '../core/index.js';
import type { Store } from '../store/index.js';

export interface Readiness {
  ok: boolean;
  details: Record<string, unknown>;
}

export interface ReadinessOptions {
  store: Pick<Store, 'ping'>;
  lastPollAt: () => Date | null;
  /** When the process started: before the first poll, readiness counts from here. */
  startedAt: Date;
  /** A poll older than this makes the process not ready. Default: three poll intervals, at least 30 minutes. */
  maxPollAgeMs?: number;
  /** The poll schedule, to derive the default `maxPollAgeMs` from. */
  pollCron?: string;
  now: () => Date;
}

/** Ready when the store answers and the feeds were polled recently (or the process is young). */
export function schedulerReadiness(options: ReadinessOptions): () => Promise<Readiness> {
  const maxAge = options.maxPollAgeMs ?? defaultMaxPollAge(options.pollCron, options.now());
  return async () => {
    const storeOk = await options.store.ping();
    const lastPoll = options.lastPollAt();
    const age = options.now().getTime() - (lastPoll ?? options.startedAt).getTime();
    const pollOk = age <= maxAge;
    return {
      ok: storeOk && pollOk,
      details: {
        store: storeOk ? 'ok' : 'unreachable',
        lastPollAt: lastPoll?.toISOString() ?? null,
        poll: pollOk ? 'ok' : `no poll for ${Math.round(age / 1000)} s (limit ${Math.round(maxAge / 1000)} s)`,
      },
    };
  };
}

const MIN_POLL_AGE_MS = 30 * 60_000;

/** Three poll intervals (so one failed or slow poll does not flap readiness), never under 30 minutes. */
function defaultMaxPollAge(pollCron: string | undefined, now: Date): number {
  if (!pollCron) return MIN_POLL_AGE_MS;
  const next = nextFireTime(pollCron, 'UTC', now);
  const after = next ? nextFireTime(pollCron, 'UTC', next) : null;
  if (!next || !after) return MIN_POLL_AGE_MS;
  return Math.max(MIN_POLL_AGE_MS, 3 * (after.getTime() - next.getTime()));
}
