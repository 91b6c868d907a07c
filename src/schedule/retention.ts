import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../config/index.js';
import type { PruneResult, Store } from '../store/index.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Articles per transaction: small enough that polls and chat commands never wait long behind a batch. */
export const PRUNE_BATCH = 500;

export interface PruneOptions {
  /** Keep articles first seen within this many days; 0 keeps everything. */
  days: number;
  now: Date;
  batchSize?: number;
  /** Stop between batches (shutdown). */
  signal?: AbortSignal;
}

export interface PruneSummary extends PruneResult {
  cutoff: Date | null;
}

/** Deletes everything older than the retention period, batch by batch, yielding between batches. */
export async function pruneOnce(store: Store, options: PruneOptions): Promise<PruneSummary> {
  const total: PruneSummary = { articles: 0, stories: 0, deliveries: 0, cutoff: null };
  if (options.days <= 0) return total;
  total.cutoff = new Date(options.now.getTime() - options.days * DAY_MS);
  const batch = options.batchSize ?? PRUNE_BATCH;
  for (;;) {
    if (options.signal?.aborted) break;
    const removed = await store.pruneBefore(total.cutoff, batch);
    total.articles += removed.articles;
    total.stories += removed.stories;
    total.deliveries += removed.deliveries;
    if (removed.articles < batch && removed.deliveries < batch) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return total;
}

export interface RetentionJob {
  /** Runs a prune now (or joins the one running). */
  runNow(): Promise<PruneSummary>;
  stop(): Promise<void>;
}

/** `run`'s retention: once shortly after start, then on `cron` in `timezone`. Never overlaps itself. */
export function startRetention(deps: { store: Store; days: number; cron: string; timezone: string; logger: Logger; now: () => Date }): RetentionJob {
  const abort = new AbortController();
  let running: Promise<PruneSummary> | null = null;
  const runNow = (): Promise<PruneSummary> => {
    running ??= pruneOnce(deps.store, { days: deps.days, now: deps.now(), signal: abort.signal })
      .then((summary) => {
        if (summary.articles + summary.stories + summary.deliveries > 0) deps.logger.info({ ...summary, days: deps.days }, 'retention: pruned old data');
        return summary;
      })
      .catch((error: unknown) => {
        deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'retention: prune failed; it is retried on the next run');
        return { articles: 0, stories: 0, deliveries: 0, cutoff: null };
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  let task: ScheduledTask | null = null;
  if (deps.days > 0) {
    task = cron.schedule(deps.cron, () => runNow().then(() => undefined), { timezone: deps.timezone, name: 'retention', noOverlap: true });
    void runNow();
  }
  return {
    runNow,
    async stop() {
      abort.abort();
      await task?.destroy();
      await running;
    },
  };
}
