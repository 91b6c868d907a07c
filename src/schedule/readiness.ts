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
  /** A poll older than this makes the process not ready. Default 30 minutes. */
  maxPollAgeMs?: number;
  now: () => Date;
}

/** Ready when the store answers and the feeds were polled recently (or the process is young). */
export function schedulerReadiness(options: ReadinessOptions): () => Readiness {
  const maxAge = options.maxPollAgeMs ?? 30 * 60_000;
  return () => {
    const storeOk = options.store.ping();
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
