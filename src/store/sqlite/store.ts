import type { Store, StoreOps, Transaction } from '../types.js';
import { articleRepository } from './articles.js';
import { openDatabase, type SqliteDatabase } from './database.js';
import { deliveryRepository } from './deliveries.js';
import { feedRepository } from './feeds.js';
import { Gate } from './gate.js';
import { quoteRepository } from './quotes.js';
import { createArticleTextSearch } from './search.js';
import { storyRepository } from './stories.js';
import { subscriptionRepository } from './subscriptions.js';
import { trendRepository } from './trends.js';
import type { Sync } from './sync.js';
import { StoreError } from '../errors.js';

/** The embedded default: one SQLite file in WAL mode. */
export function openSqliteStore(path: string): Store {
  const db = openDatabase(path);
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
  };
  const gate = new Gate();
  const outer = asyncOps(ops, (fn) => gate.run(fn));

  const transaction = <T>(fn: (tx: Transaction) => Promise<T>): Promise<T> =>
    gate.exclusive(async () => {
      let open = true;
      // The handle runs statements directly: the gate is already held for this transaction.
      const tx = asyncOps(ops, (step) => {
        if (!open) return Promise.reject(new StoreError('A transaction handle was used after its transaction ended: use the store instead.'));
        try {
          return Promise.resolve(step());
        } catch (error) {
          return Promise.reject(error);
        }
      });
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(tx);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        open = false;
      }
    });

  return {
    ...outer,
    engine: 'sqlite',
    transaction,
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
