import { nextFireTime } from '../core/index.js';
import type { DeliveryDeps } from './deps.js';
import { notifyFeedHealthSafely } from './feed-health.js';
import type { PgBossWork } from './pg-boss-work.js';
import type { JobInfo, Scheduler } from './scheduler.js';
import {
  assignHandler,
  deliverHandler,
  deliverJobs,
  owedSubscriptions,
  pollHandler,
  pollJobs,
  STORIES_KEY,
  type DeliverJobData,
  type PollJobData,
} from './shared-jobs.js';
import type { RoleParts } from './work.js';

export interface SharedSchedulerDeps extends DeliveryDeps {
  work: PgBossWork;
  parts: RoleParts;
  /** Five-field cron for polling feeds (config `schedule.pollCron`), in UTC; it fires once across all processes. */
  pollCron: string;
  /** How often owed digests and pending parts are looked for (default every minute); fires once across all processes. */
  sweepCron?: string;
  storyWindowHours: number;
  /** Fetches and stores these feeds (the CLI wires pollFeeds); returns one report per feed. */
  pollFeeds: (feedIds: number[]) => Promise<{ feedId: number }[]>;
  /** Poll once right after start (one process of those starting together does it). */
  pollOnStart?: boolean;
}

interface SweepData {
  /** A poll just stored new stories: instant subscriptions are served and feed health is told. */
  afterPoll?: boolean;
}

interface TickData {
  requestedAt?: string;
}

/** How often a poller reads when any poller last finished a poll job. */
const LAST_POLL_REFRESH_MS = 60_000;

/** Feeds polled per job batch (per process); pollFeeds still limits requests per host. */
const POLL_BATCH = 16;

/**
 * The scheduler for many processes on one PostgreSQL: the same duties as
 * `startScheduler`, but every trigger becomes a pg-boss job that exactly one
 * process runs: cron ticks fire once (pg-boss schedules), feeds are polled as
 * one job per feed and subscriptions delivered as one job per subscription,
 * and a job whose process died is retried elsewhere once it expires.
 */
export async function startSharedScheduler(deps: SharedSchedulerDeps): Promise<Scheduler> {
  const { work, parts, store, logger } = deps;
  let lastPoll: Date | null = null;
  let stopping = false;
  const sweepCron = deps.sweepCron ?? '* * * * *';

  const tick = (requestedAt: Date) => work.send<TickData>('poll-tick', [{ key: 'poll-tick', data: { requestedAt: requestedAt.toISOString() } }]);
  const sweep = (data: SweepData = {}) => work.send<SweepData>('sweep', [{ key: data.afterPoll ? 'sweep-after-poll' : 'sweep', data }]);

  if (parts.poll) {
    await work.schedule('poll-tick', deps.pollCron, 'UTC');
    await work.work<TickData, number>('poll-tick', async (jobs) => {
      const requestedAt = new Date(jobs[0]?.data.requestedAt ?? deps.now());
      const feeds = (await store.listFeeds()).filter((feed) => feed.enabled).map((feed) => feed.id);
      await work.send<PollJobData>('poll', pollJobs(feeds, requestedAt));
      return jobs.map(() => feeds.length);
    });
    const poll = pollHandler(store, deps.pollFeeds, (feedId) => ({ feedId, skipped: 'fetched by another worker since the poll was asked for' }));
    await work.work<PollJobData, { feedId: number }>(
      'poll',
      async (jobs) => {
        const reports = await poll(jobs);
        lastPoll = deps.now();
        deps.metrics?.pollCompleted?.(lastPoll);
        await work.send('assign', [{ key: STORIES_KEY, data: {} }]);
        return reports;
      },
      { batchSize: POLL_BATCH },
    );
    const assign = assignHandler(store, deps.storyWindowHours, deps.now);
    await work.work('assign', async (jobs) => {
      const results = await assign(jobs);
      if (results.some((result) => result.storyIds.length > 0)) await sweep({ afterPoll: true });
      return results;
    });
  }

  if (parts.deliver) {
    await work.schedule('sweep', sweepCron, 'UTC');
    await work.work<SweepData, number>('sweep', async (jobs) => {
      const afterPoll = jobs.some((job) => job.data.afterPoll);
      const owed = await owedSubscriptions(store, deps.now(), { instant: afterPoll });
      await work.send<DeliverJobData>('deliver', deliverJobs(owed));
      if (afterPoll) await notifyFeedHealthSafely(deps);
      return jobs.map(() => owed.length);
    });
    await work.work('deliver', deliverHandler(deps));
  }

  // Polls done by the other pollers count for this one's readiness too.
  const refreshLastPoll = () =>
    work
      .lastCompleted('poll')
      .then((at) => {
        if (at && (!lastPoll || at > lastPoll)) lastPoll = at;
      })
      .catch(() => undefined);
  const lastPollTimer = parts.poll ? setInterval(() => void refreshLastPoll(), LAST_POLL_REFRESH_MS) : null;
  lastPollTimer?.unref();

  const ready = (async () => {
    // Start-up catch-up, as one process would do it: those starting together share one tick and one sweep.
    if (parts.poll && deps.pollOnStart) await tick(deps.now());
    if (parts.deliver) await sweep();
  })().catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'start-up catch-up failed'));

  const nextRun = (cron: string): Date | null => nextFireTime(cron, 'UTC', deps.now());
  return {
    ready,
    refresh: () => sweep(),
    onSubscriptionsChanged: () => {
      if (stopping) return;
      sweep().catch((error: unknown) => logger.error({ err: String(error) }, 'could not queue a sweep'));
    },
    pollNow: () => tick(deps.now()),
    async runDue() {
      await sweep();
      return [];
    },
    lastPollAt: () => lastPoll,
    jobs: (): JobInfo[] => [
      ...(parts.poll ? [{ name: 'poll (shared queue)', nextRun: nextRun(deps.pollCron) }] : []),
      ...(parts.deliver ? [{ name: 'sweep (shared queue)', nextRun: nextRun(sweepCron) }] : []),
    ],
    async stop(graceMs: number) {
      stopping = true;
      if (lastPollTimer) clearInterval(lastPollTimer);
      let timer: NodeJS.Timeout | undefined;
      const closed = work.close().then(() => true);
      const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, graceMs))));
      const drained = await Promise.race([closed, timeout]);
      clearTimeout(timer);
      return { drained };
    },
  };
}
