import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations, type Migration } from './migrations/index.js';
import { StoreError } from '../errors.js';

export type SqliteDatabase = Database.Database;

export interface OpenOptions {
  /** Apply pending migrations (default true). `backup` opens without, so it never changes the schema under a running `run`. */
  migrate?: boolean;
}

export function openDatabase(path: string, options: OpenOptions = {}): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: SqliteDatabase;
  try {
    db = new Database(path);
  } catch (error) {
    throw new StoreError(`Cannot open the database at ${path}: ${(error as Error).message}. Check the --db path and its permissions.`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (options.migrate !== false) migrate(db, migrations);
  return db;
}

export function schemaVersion(db: SqliteDatabase): number {
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Applies every migration the database has not recorded, in version order, each in
 * its own transaction. Missing versions are applied even below the newest one
 * recorded (a branch's migration landing after a later one). A database that
 * recorded a version this build does not know was written by a newer build: refused.
 */
export function migrate(db: SqliteDatabase, list: Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version));
  const known = new Set(list.map((m) => m.version));
  const unknown = [...applied].filter((version) => !known.has(version));
  if (unknown.length > 0) {
    const newest = Math.max(0, ...known);
    throw new StoreError(
      `The database has schema version ${Math.max(...unknown)} but this news-digest knows only up to ${newest}: upgrade news-digest or use another --db.`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, Date.now());
    })();
  }
}
