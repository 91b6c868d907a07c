import type { RunRole } from '../config/index.js';

/**
 * How the work of polling and delivering is shared. One small interface, two
 * implementations:
 * - `localWork()`: one process does everything (SQLite, or a single PostgreSQL
 *   worker that wants no queue); jobs run in this process, `run` uses the
 *   node-cron scheduler exactly as before.
 * - `openPgBossWork()` (./pg-boss-work.ts, loaded only on PostgreSQL): jobs go
 *   through pg-boss tables in the same database, so any number of processes
 *   divide them, each key runs in one process at a time, and cron fires once.
 */

/** The queues jobs go through. A job's key names what it is about (`feed:12`, `sub:3`); one job per key runs at a time. */
export type QueueName = 'poll' | 'assign' | 'deliver';

export interface Job<T> {
  key: string;
  data: T;
}

/** Handles a batch of jobs of one queue; returns one output per job, in order (stored by the queue as the job's result). */
export type JobHandler<T, R> = (jobs: Job<T>[]) => Promise<R[]>;

/** What became of one key's job: its output, or why there is none. */
export type JobResult<R> = { status: 'done'; output: R; here: boolean } | { status: 'failed'; error: string };

export interface WorkSharing {
  /** 'local': this process alone; 'shared': a queue on the database other processes share. */
  readonly kind: 'local' | 'shared';
  /**
   * Queues one job per key and works the queue until every key's job is done,
   * by this process or another one (`here` tells which). A key whose job another
   * process already queued is not queued twice: that job answers for it.
   */
  runAll<T, R>(queue: QueueName, jobs: Job<T>[], handler: JobHandler<T, R>, options?: { batchSize?: number }): Promise<Map<string, JobResult<R>>>;
  close(): Promise<void>;
}

/** This process does every job itself, at once. */
export function localWork(): WorkSharing {
  return {
    kind: 'local',
    async runAll<T, R>(_queue: QueueName, jobs: Job<T>[], handler: JobHandler<T, R>): Promise<Map<string, JobResult<R>>> {
      const outputs = await handler(jobs);
      return new Map(jobs.map((job, index) => [job.key, { status: 'done', output: outputs[index] as R, here: true }]));
    },
    async close() {},
  };
}

export type Role = RunRole;

export interface RoleParts {
  /** Poll feeds on schedule.pollCron and group new articles into stories. */
  poll: boolean;
  /** Scheduled digests, instant posts, pending-part sweeps, feed-health notices. */
  deliver: boolean;
  /** Chat adapters answering /news (their writes go to the shared store). */
  chat: boolean;
}

export function roleParts(role: Role): RoleParts {
  return { poll: role === 'all' || role === 'poller', deliver: role === 'all' || role === 'deliverer', chat: role === 'all' || role === 'gateway' };
}
