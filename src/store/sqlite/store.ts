import type { Store, StoreOps, Transaction } from '../types.js';
import { articleRepository } from './articles.js';
import Database from 'better-sqlite3';
import { openDatabase, type OpenOptions, type SqliteDatabase } from './database.js';
import { deliveryRepository } from './deliveries.js';
import { feedRepository } from './feeds.js';
import { Gate } from './gate.js';
import { quoteRepository } from './quotes.js';
import { retentionRepository } from './retention.js';
import { createArticleTextSearch } from './search.js';
import { storyRepository } from './stories.js';
import { subscriptionRepository } from './subscriptions.js';
import { trendRepository } from './trends.js';
import type { Sync } from './sync.js';
import { sqliteStoreError, StoreError } from '../errors.js';

/**
 * SQLite's online backup. The first step only sizes the copy; the second copies
 * every page at once, so writes by other processes in between cannot make it
 * restart again and again (it runs in the `backup` command's own process).
 */
async function backupTo(db: SqliteDatabase, destination: string): Promise<{ bytes: number }> {
  const ALL_PAGES = 0x7fffffff;
  const progress = await db.backup(destination, { progress: () => ALL_PAGES });
  // The copy is only a backup once SQLite can read it back.
  const copy = new Database(destination, { readonly: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreError(`The backup at ${destination} failed its integrity check (${String(check)}); delete it and run the backup again.`);
  } finally {
    copy.close();
  }
  return { bytes: progress.totalPages * (db.pragma('page_size', { simple: true }) as number) };
}

/** The embedded default: one SQLite file in WAL mode. */
export function openSqliteStore(path: string, options: OpenOptions = {}): Store {
  const db = openDatabase(path, options);
  return sqliteStore(db);
}

type Method = (...args: unknown[]) => unknown;

/** The async face of the synchronous repositories: every call goes through `call`. */
function asyncOps(ops: Sync<StoreOps>, call: <T>(fn: () => T) => Promise<T>): StoreOps {
  const wrapped: Record<string, Method> = {};
  for (const [name, method] of Object.entries(ops) as [string, Method][]) {
    wrapped[name] = (...args: unknown[]) => call(() => method(...args));
  }
  return wrapped as unknown as StoreOps;
}

export function sqliteStore(db: SqliteDatabase): Store {
  const ops: Sync<StoreOps> = {
    ...feedRepository(db),
    ...articleRepository(db, createArticleTextSearch(db)),
    ...storyRepository(db),
    ...quoteRepository(db),
    ...subscriptionRepository(db),
    ...deliveryRepository(db),
    ...trendRepository(db),
    ...retentionRepository(db),
  };
  const gate = new Gate();
  // Disk full, read-only, locked, I/O: one StoreError kind per failure, whatever the statement.
  const storageError = (error: unknown): unknown => sqliteStoreError(error, `at ${db.name}`) ?? error;
  const outer = asyncOps(ops, (fn) =>
    gate.run(fn).catch((error: unknown) => {
      throw storageError(error);
    }),
  );

  const transaction = <T>(fn: (tx: Transaction) => Promise<T>): Promise<T> =>
    gate.exclusive(async () => {
      let open = true;
      // The handle runs statements directly: the gate is already held for this transaction.
      const tx = asyncOps(ops, (step) => {
        if (!open) return Promise.reject(new StoreError('A transaction handle was used after its transaction ended: use the store instead.'));
        try {
          return Promise.resolve(step());
        } catch (error) {
          return Promise.reject(storageError(error));
        }
      });
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        throw storageError(error);
      }
      try {
        const result = await fn(tx);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        try {
          if (db.inTransaction) db.exec('ROLLBACK');
        } catch {
          // SQLite rolls back by itself after some failures (a full disk); the first error is the one to report.
        }
        throw storageError(error);
      } finally {
        open = false;
      }
    });

  return {
    ...outer,
    engine: 'sqlite',
    transaction,
    backup: (destination) => gate.exclusive(() => backupTo(db, destination)),
    ping: () =>
      gate.run(() => {
        try {
          return db.prepare('SELECT 1 AS ok').get() !== undefined;
        } catch {
          return false;
        }
      }),
    close: () =>
      gate.exclusive(async () => {
        if (db.open) db.close();
      }),
  };
}
