import type PgBoss from 'pg-boss';
import type { Logger } from '../config/index.js';
import type { Job, JobHandler, JobResult, QueueName, WorkSharing } from './work.js';

/** Tuning of the shared queue; the defaults suit production, tests shorten them. */
export interface SharedQueueOptions {
  /** A job still active this long after it started is taken to be lost (its worker died) and retried elsewhere. */
  jobExpirySeconds: number;
  /** Times a failed or lost job is retried before it is marked failed. Default 5. */
  retryLimit?: number;
}

/** The scheduled (cron) queues; their jobs only start other jobs. */
export type CronQueue = 'poll-tick' | 'sweep';

const PREFIX = 'news-digest-';
const queueName = (name: QueueName | CronQueue): string => `${PREFIX}${name}`;
const KEYED: QueueName[] = ['poll', 'assign', 'deliver'];
const CRON: CronQueue[] = ['poll-tick', 'sweep'];

/** How often an idle `runAll` looks for jobs again and checks whether other processes finished theirs. */
const WAIT_MS = 200;
const SEND_CHUNK = 500;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Processes queueing the same keys at once can deadlock on the queue's unique index; PostgreSQL
 * then aborts one insert (40P01) and expects it to be sent again (nothing of it was kept).
 */
async function onDeadlockAgain<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if ((error as { code?: string } | null)?.code !== '40P01' || attempt >= 6) throw error;
      await delay(5 * 2 ** attempt + Math.random() * 20);
    }
  }
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * pg-boss on the store's PostgreSQL database. Keyed queues use the `stately`
 * policy: per key at most one job waits and one runs, so a feed is never
 * fetched, and a subscription never delivered, by two processes at once.
 */
export class PgBossWork implements WorkSharing {
  readonly kind = 'shared' as const;
  private workers: string[] = [];

  private constructor(
    readonly boss: PgBoss,
    private readonly logger: Logger,
  ) {}

  static async open(url: string, options: SharedQueueOptions, logger: Logger, { schedule = false }: { schedule?: boolean } = {}): Promise<PgBossWork> {
    // Loaded here: SQLite installs never load pg-boss.
    const { default: PgBossClass } = await import('pg-boss');
    const expiry = Math.max(1, Math.round(options.jobExpirySeconds));
    const boss = new PgBossClass({
      connectionString: url,
      application_name: 'news-digest-queue',
      max: 4,
      // Lost jobs are noticed within half an expiry (at least every second, at most every minute).
      maintenanceIntervalSeconds: Math.min(60, Math.max(1, Math.floor(expiry / 2))),
      schedule,
      cronMonitorIntervalSeconds: 5,
      cronWorkerIntervalSeconds: 1,
    });
    boss.on('error', (error: Error) => logger.warn({ component: 'pg-boss', err: error.message }, 'job queue error'));
    await onDeadlockAgain(() => boss.start());
    for (const name of KEYED) {
      await ensureQueue(boss, queueName(name), {
        name: queueName(name),
        policy: 'stately',
        expireInSeconds: expiry,
        retryLimit: options.retryLimit ?? 5,
        retryDelay: 1,
      });
    }
    for (const name of CRON) await ensureQueue(boss, queueName(name), { name: queueName(name), policy: 'stately', expireInSeconds: expiry, retryLimit: 1 });
    return new PgBossWork(boss, logger);
  }

  /** Queues jobs; a key that already has a job waiting is not queued again. */
  async send<T extends object>(queue: QueueName | CronQueue, jobs: Job<T>[]): Promise<void> {
    // One INSERT per chunk; a key already waiting is skipped by the queue's unique index (ON CONFLICT DO NOTHING).
    for (let start = 0; start < jobs.length; start += SEND_CHUNK) {
      const chunk = jobs.slice(start, start + SEND_CHUNK);
      // Jobs inserted together share created_on; a falling priority keeps the order they were asked in
      // (pg-boss fetches by priority first), so one process works them, and prints them, in that order.
      await onDeadlockAgain(() =>
        this.boss.insert(
          chunk.map((job, index) => ({ name: queueName(queue), data: job.data, singletonKey: job.key, priority: jobs.length - (start + index) })),
        ),
      );
    }
  }

  /** Fires `queue` on `cron` (in `tz`) once across every process sharing the database. */
  async schedule(queue: CronQueue, cron: string, tz: string): Promise<void> {
    await this.boss.schedule(queueName(queue), cron, {}, { tz, singletonKey: queue });
  }

  /** Works `queue` in the background until close: `handler` gets batches of up to `batchSize` jobs. */
  async work<T, R>(queue: QueueName | CronQueue, handler: JobHandler<T, R>, { batchSize = 1 }: { batchSize?: number } = {}): Promise<void> {
    const id = await this.boss.work<T>(queueName(queue), { batchSize, pollingIntervalSeconds: 0.5, includeMetadata: true }, async (jobs) => {
      const outputs = await handler(jobs.map((job) => ({ key: keyOf(job), data: job.data })));
      // pg-boss stores the return value only for a batch of one; store each output ourselves.
      await Promise.all(jobs.map((job, index) => onDeadlockAgain(() => this.boss.complete(queueName(queue), job.id, asOutput(outputs[index])))));
    });
    this.workers.push(id);
  }

  async runAll<T, R>(queue: QueueName, jobs: Job<T>[], handler: JobHandler<T, R>, { batchSize = 1 } = {}): Promise<Map<string, JobResult<R>>> {
    const name = queueName(queue);
    const keys = [...new Set(jobs.map((job) => job.key))];
    const askedAt = await this.databaseNow();
    await this.send(queue, jobs as Job<object>[]);
    // Every job of ours was queued (or already waiting) by now: those created up to this moment answer for our keys.
    const asOf = await this.databaseNow();
    const handledHere = new Set<string>();
    for (;;) {
      const fetched = await onDeadlockAgain(() => this.boss.fetch<T>(name, { batchSize, includeMetadata: true }));
      if (fetched.length > 0) {
        if (await this.handle(name, fetched, handler)) fetched.forEach((job) => handledHere.add(job.id));
        continue;
      }
      if ((await this.openJobs(name, keys, asOf)) === 0) break;
      await delay(WAIT_MS);
    }
    const results = new Map<string, JobResult<R>>();
    for (const row of await this.finishedJobs(name, keys, askedAt, asOf)) {
      results.set(
        row.key,
        row.state === 'completed'
          ? { status: 'done', output: fromOutput(row.output) as R, here: handledHere.has(row.id) }
          : { status: 'failed', error: row.error },
      );
    }
    return results;
  }

  /** Runs the handler on a batch and records each output; false when it failed (the jobs are then retried). */
  private async handle<T, R>(name: string, fetched: PgBoss.JobWithMetadata<T>[], handler: JobHandler<T, R>): Promise<boolean> {
    try {
      const outputs = await handler(fetched.map((job) => ({ key: keyOf(job), data: job.data })));
      await Promise.all(fetched.map((job, index) => onDeadlockAgain(() => this.boss.complete(name, job.id, asOutput(outputs[index])))));
      return true;
    } catch (error) {
      this.logger.error({ queue: name, err: message(error) }, 'job failed; it is retried');
      for (const job of fetched) await onDeadlockAgain(() => this.boss.fail(name, job.id, { message: message(error) }));
      return false;
    }
  }

  /** When a job of `queue` last completed, in any process (for readiness: another poller may have done the polling). */
  async lastCompleted(queue: QueueName | CronQueue): Promise<Date | null> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(`SELECT max(completed_on) AS at FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [queueName(queue)]);
    return rows[0]?.at ? new Date(rows[0].at as string) : null;
  }

  private async databaseNow(): Promise<Date> {
    const { rows } = await this.boss.getDb().executeSql('SELECT now() AS now', []);
    return new Date(rows[0].now as string);
  }

  /** Jobs for these keys created up to `asOf` that are still waiting, retrying or running. */
  private async openJobs(name: string, keys: string[], asOf: Date): Promise<number> {
    if (keys.length === 0) return 0;
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND singleton_key = ANY($2::text[]) AND created_on <= $3 AND state < 'completed'`,
        [name, keys, asOf],
      );
    return rows[0].n as number;
  }

  /**
   * Per key, the first job to finish after we asked (`askedAt`) among those created
   * before we finished asking (`asOf`): the run that answered our request. A
   * duplicate that ran after it (and found nothing left to do) does not hide it.
   */
  private async finishedJobs(
    name: string,
    keys: string[],
    askedAt: Date,
    asOf: Date,
  ): Promise<{ id: string; key: string; state: string; output: unknown; error: string }[]> {
    if (keys.length === 0) return [];
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT DISTINCT ON (singleton_key) id::text AS id, singleton_key AS key, state::text AS state, output
         FROM pgboss.job
        WHERE name = $1 AND singleton_key = ANY($2::text[]) AND created_on <= $4 AND state >= 'completed' AND completed_on >= $3
        ORDER BY singleton_key, completed_on`,
      [name, keys, askedAt, asOf],
    );
    return rows.map((row: { id: string; key: string; state: string; output: unknown }) => ({
      ...row,
      error: `${row.state}: ${JSON.stringify(row.output ?? null).slice(0, 200)}`,
    }));
  }

  async close(): Promise<void> {
    for (const id of this.workers) await this.boss.offWork({ id });
    this.workers = [];
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}

async function ensureQueue(boss: PgBoss, name: string, options: PgBoss.Queue): Promise<void> {
  // Several processes start at once: creating an existing queue is fine, a concurrent create may lose the race.
  try {
    if (!(await boss.getQueue(name))) await onDeadlockAgain(() => boss.createQueue(name, options));
  } catch (error) {
    if (!(await boss.getQueue(name))) throw error;
  }
  await onDeadlockAgain(() => boss.updateQueue(name, options));
}

const keyOf = (job: PgBoss.Job<unknown>): string => (job as PgBoss.JobWithMetadata<unknown>).singletonKey ?? job.id;

/** pg-boss stores objects as they are and wraps anything else in { value }. */
/**
 * A job's output is kept as JSON text inside pg-boss's jsonb column: jsonb would reorder the keys,
 * and a report read back from another process must print exactly as one made here.
 */
const asOutput = (output: unknown): object => ({ json: JSON.stringify(output ?? null) });
const fromOutput = (output: unknown): unknown =>
  output && typeof output === 'object' && typeof (output as { json?: unknown }).json === 'string' ? JSON.parse((output as { json: string }).json) : null;
