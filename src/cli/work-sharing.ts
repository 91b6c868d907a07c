import { localWork, PgBossWork, type WorkSharing } from '../schedule/index.js';
import type { CliContext } from './context.js';

/** The PostgreSQL address the store was opened with (config `store.url`, else DATABASE_URL). */
export function databaseUrl(ctx: CliContext): string | null {
  const fromConfig = (ctx.config as { store?: { url?: string | null } }).store?.url;
  return fromConfig ?? process.env.DATABASE_URL ?? null;
}

/**
 * How this command shares its work: on PostgreSQL through the pg-boss queue in
 * the same database (other processes take part), on SQLite all in this process.
 * `schedule`: this process also fires the cron schedules (`run`).
 */
export async function openWork(ctx: CliContext, { schedule = false }: { schedule?: boolean } = {}): Promise<WorkSharing> {
  const store = await ctx.store();
  const url = databaseUrl(ctx);
  if (store.engine !== 'postgres' || !url) return localWork();
  return PgBossWork.open(url, { jobExpirySeconds: ctx.config.run.jobExpirySeconds }, ctx.logger, { schedule });
}
