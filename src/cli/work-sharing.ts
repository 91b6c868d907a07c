import { localWork, PgBossWork, type WorkSharing } from '../schedule/index.js';
import type { CliContext } from './context.js';

/**
 * How this command shares its work: on PostgreSQL through the pg-boss queue in
 * the same database (other processes take part), on SQLite all in this process.
 * `schedule`: this process also fires the cron schedules (`run`).
 */
export async function openWork(ctx: CliContext, { schedule = false }: { schedule?: boolean } = {}): Promise<WorkSharing> {
  const target = ctx.storeTarget;
  if (target.engine !== 'postgres') return localWork();
  return PgBossWork.open(target.url, { jobExpirySeconds: ctx.config.run.jobExpirySeconds }, ctx.logger, { schedule });
}
