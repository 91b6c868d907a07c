import cron, { type ScheduledTask, type TaskOptions } from 'node-cron';
import type { Logger } from '../config/index.js';
import type { Subscription } from '../core/index.js';
import type { DeliveryDeps } from './deps.js';
import { deliverDigest, deliverInstant, owedFireTime, type DeliveryOutcome } from './deliver.js';
import { sendPendingParts } from './send-parts.js';
import { notifyFeedHealthSafely } from './feed-health.js';

export interface SchedulerDeps extends DeliveryDeps {
  /** Five-field cron for polling feeds (config `schedule.pollCron`). */
  pollCron: string;
  /** Fetches feeds and clusters stories (the CLI wires pollFeeds + assignStories). Should stop early when `signal` aborts. */
  poll: (signal: AbortSignal) => Promise<void>;
  /**
   * Re-reads subscriptions and sends whatever is owed: chat changes, DST-gap
   * fire times node-cron skips, and parts left pending by an outage. Default
   * every minute; null turns it off (tests drive `runDue` themselves).
   */
  sweepCron?: string | null;
  /** Schedule node-cron jobs at all (default true). Tests with a fake clock turn it off. */
  useCron?: boolean;
  /** Poll once right after start, before the catch-up digests (default false). */
  pollOnStart?: boolean;
}

export interface JobInfo {
  name: string;
  nextRun: Date | null;
}

export interface Scheduler {
  /** Settles once start-up is done: pending parts re-sent and missed digests caught up (one per subscription). */
  ready: Promise<void>;
  /** Re-reads subscriptions, (re)creates their jobs and sends what is owed. */
  refresh(): Promise<void>;
  /** For the chat layer: call after any subscription add, change or removal. */
  onSubscriptionsChanged(): void;
  /** Polls now (or joins the poll in progress), then serves instant subscriptions. */
  pollNow(): Promise<void>;
  /** Sends every owed digest and pending part now. */
  runDue(): Promise<DeliveryOutcome[]>;
  /** When the last poll completed, for readiness. */
  lastPollAt(): Date | null;
  jobs(): JobInfo[];
  /** Stops the jobs and waits for in-flight deliveries, at most `graceMs`. */
  stop(graceMs: number): Promise<{ drained: boolean }>;
}

type Run = 'digest' | 'instant' | 'pending';

/** How long a digest waits for a poll in progress before going ahead without it. */
const POLL_WAIT_MS = 5 * 60_000;

async function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** node-cron's own messages (missed runs, overlaps) as structured log lines instead of console output. */
function cronLogger(log: Logger): NonNullable<TaskOptions['logger']> {
  const describe = (message: string | Error) => (message instanceof Error ? message.message : message);
  return {
    info: (message) => log.info({ component: 'node-cron' }, message),
    warn: (message) => log.warn({ component: 'node-cron' }, message),
    error: (message, error) => log.error({ component: 'node-cron', err: error?.message }, describe(message)),
    debug: (message, error) => log.debug({ component: 'node-cron', err: error?.message }, describe(message)),
  };
}

export function startScheduler(deps: SchedulerDeps): Scheduler {
  const abort = new AbortController();
  const delivery: DeliveryDeps = { ...deps, signal: abort.signal };
  const log = deps.logger;
  const useCron = deps.useCron ?? true;
  const inFlight = new Set<Promise<unknown>>();
  const running = new Map<number, Promise<DeliveryOutcome>>();
  const digestJobs = new Map<number, { key: string; task: ScheduledTask }>();
  const fixedJobs: ScheduledTask[] = [];
  let polling: Promise<void> | null = null;
  let pollAndServe: Promise<void> | null = null;
  let lastPoll: Date | null = null;
  let stopping = false;
  const cronOptions = { noOverlap: true, logger: cronLogger(log) } satisfies TaskOptions;

  const track = <T>(promise: Promise<T>): Promise<T> => {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
    return promise;
  };

  const execute = async (subscription: Subscription, run: Run): Promise<DeliveryOutcome> => {
    // Stories of a poll in progress may not be clustered yet; a digest built now would move the watermark past them.
    // A hung poll must not hold digests back for ever, though.
    if (polling) await settledWithin(polling, POLL_WAIT_MS);
    const current = await deps.store.getSubscription(subscription.id);
    if (!current || stopping) return { status: 'skipped', subscriptionId: subscription.id, reason: current ? 'stopping' : 'removed' };
    const now = deps.now();
    if (run === 'digest') return deliverDigest(delivery, current, now);
    if (run === 'instant') return deliverInstant(delivery, current, now);
    const parts = await sendPendingParts(delivery, current);
    if (parts.status === 'sent') return { status: 'sent', subscriptionId: current.id, periodKey: 'pending', parts: parts.sent, stories: 0 };
    if (parts.status === 'paused') return { status: 'paused', subscriptionId: current.id, periodKey: 'pending', reason: parts.reason };
    return { status: 'pending', subscriptionId: current.id, periodKey: 'pending', pending: parts.pending, error: parts.error };
  };

  /** One run per subscription at a time; a second trigger joins the run in progress. */
  const runSubscription = (subscription: Subscription, run: Run): Promise<DeliveryOutcome> => {
    const existing = running.get(subscription.id);
    if (existing) return existing;
    const promise = execute(subscription, run)
      .catch((error: unknown): DeliveryOutcome => {
        log.error({ subscriptionId: subscription.id, err: error instanceof Error ? error.message : String(error) }, 'delivery run failed');
        return { status: 'skipped', subscriptionId: subscription.id, reason: 'error' };
      })
      .finally(() => running.delete(subscription.id));
    running.set(subscription.id, promise);
    return track(promise);
  };

  const runDue = async (): Promise<DeliveryOutcome[]> => {
    if (stopping) return [];
    const now = deps.now();
    const withPending = new Set((await deps.store.listPendingDeliveries()).map((d) => d.subscriptionId));
    const runs: Promise<DeliveryOutcome>[] = [];
    for (const subscription of await deps.store.listSubscriptions({ status: 'active' })) {
      if (subscription.mode === 'digest' && (owedFireTime(subscription, now) || withPending.has(subscription.id))) {
        runs.push(runSubscription(subscription, 'digest'));
      } else if (subscription.mode === 'instant' && withPending.has(subscription.id)) {
        runs.push(runSubscription(subscription, 'pending'));
      }
    }
    return Promise.all(runs);
  };

  const serveInstant = async (): Promise<void> => {
    const instant = (await deps.store.listSubscriptions({ status: 'active' })).filter((s) => s.mode === 'instant');
    await Promise.all(instant.map((subscription) => runSubscription(subscription, 'instant')));
  };

  const pollNow = (): Promise<void> => {
    if (pollAndServe) return pollAndServe;
    if (stopping) return Promise.resolve();
    polling = (async () => {
      await deps.poll(abort.signal);
      lastPoll = deps.now();
      deps.metrics?.pollCompleted?.(lastPoll);
    })();
    pollAndServe = track(
      polling
        // A feed the poll disabled (or one that works again) is then told to the channels that depend on it.
        .then(
          () => serveInstant().then(() => notifyFeedHealthSafely(delivery)),
          (error: unknown) => {
            log.error({ err: error instanceof Error ? error.message : String(error) }, 'poll failed');
          },
        )
        .finally(() => {
          polling = null;
          pollAndServe = null;
        }),
    );
    return pollAndServe;
  };

  const syncJobs = async (): Promise<void> => {
    if (!useCron || stopping) return;
    const active = await deps.store.listSubscriptions({ status: 'active' });
    if (stopping) return;
    const wanted = new Map(active.filter((s) => s.mode === 'digest').map((s) => [s.id, s]));
    for (const [id, job] of digestJobs) {
      const subscription = wanted.get(id);
      if (!subscription || job.key !== `${subscription.schedule}|${subscription.timezone}`) {
        void job.task.destroy();
        digestJobs.delete(id);
      }
    }
    for (const [id, subscription] of wanted) {
      if (digestJobs.has(id)) continue;
      try {
        const task = cron.schedule(subscription.schedule, () => runSubscription(subscription, 'digest').then(() => undefined), {
          ...cronOptions,
          timezone: subscription.timezone,
          name: `digest-${id}`,
        });
        digestJobs.set(id, { key: `${subscription.schedule}|${subscription.timezone}`, task });
      } catch (error) {
        log.warn(
          { subscriptionId: id, schedule: subscription.schedule, err: error instanceof Error ? error.message : String(error) },
          'cannot schedule subscription',
        );
      }
    }
  };

  const refresh = async (): Promise<void> => {
    await syncJobs();
    await runDue();
  };

  if (useCron) {
    fixedJobs.push(cron.schedule(deps.pollCron, () => pollNow(), { ...cronOptions, name: 'poll' }));
    const sweepCron = deps.sweepCron === undefined ? '* * * * *' : deps.sweepCron;
    if (sweepCron) fixedJobs.push(cron.schedule(sweepCron, () => refresh(), { ...cronOptions, name: 'sweep' }));
  }

  const ready = track(
    (async () => {
      if (deps.pollOnStart) await pollNow();
      await refresh();
    })().catch((error: unknown) => {
      log.error({ err: error instanceof Error ? error.message : String(error) }, 'start-up catch-up failed');
    }),
  );

  const waitForInFlight = async (ms: number): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(0, ms));
    });
    const drained = (async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      return true as const;
    })();
    const result = await Promise.race([drained, timeout]);
    clearTimeout(timer);
    return result;
  };

  return {
    ready,
    refresh,
    onSubscriptionsChanged: () => {
      void track(refresh()).catch((error: unknown) => log.error({ err: String(error) }, 'refresh failed'));
    },
    pollNow,
    runDue,
    lastPollAt: () => lastPoll,
    jobs: () => [
      ...fixedJobs.map((task) => ({ name: task.name ?? task.id, nextRun: task.getNextRun() })),
      ...[...digestJobs.values()].map(({ task }) => ({ name: task.name ?? task.id, nextRun: task.getNextRun() })),
    ],
    async stop(graceMs: number) {
      stopping = true;
      for (const task of [...fixedJobs, ...[...digestJobs.values()].map((job) => job.task)]) await task.destroy();
      digestJobs.clear();
      fixedJobs.length = 0;
      // Let in-flight digests finish all their parts; near the deadline, cut retry waits short so the process can exit.
      const cutoff = Math.max(0, graceMs - Math.min(2000, graceMs / 4));
      if (await waitForInFlight(cutoff)) return { drained: true };
      abort.abort();
      return { drained: await waitForInFlight(graceMs - cutoff) };
    },
  };
}
