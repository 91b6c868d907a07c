import type { Pool } from 'pg';
import { StoreError } from '../errors.js';
import { inTransaction } from './db.js';
import type { Migration } from './migrations/index.js';

/** The advisory lock every news-digest process takes to migrate: "nd-migrate" as a 64-bit key. */
export const MIGRATION_LOCK = 0x6e642d6d69677261n;

/**
 * Applies every migration the database has not recorded, in version order, in
 * one transaction under a transaction-level advisory lock: processes starting
 * together wait for each other and the later ones find nothing left to do. A
 * database that recorded a version this build does not know is refused.
 */
export async function migrate(pool: Pool, list: Migration[]): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
    const known = new Set(list.map((m) => m.version));
    const unknown = [...applied].filter((version) => !known.has(version));
    if (unknown.length > 0) {
      throw new StoreError(
        `The database has schema version ${Math.max(...unknown)} but this news-digest knows only up to ${Math.max(0, ...known)}: upgrade news-digest or point store.url at another database.`,
      );
    }
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name]);
    }
  });
}

export async function schemaVersion(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
  return rows[0]?.version ?? 0;
}
