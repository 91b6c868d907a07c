import type { Store } from '../types.js';
import { articleRepository } from './articles.js';
import { openDatabase, type SqliteDatabase } from './database.js';
import { deliveryRepository } from './deliveries.js';
import { feedRepository } from './feeds.js';
import { quoteRepository } from './quotes.js';
import { createArticleTextSearch } from './search.js';
import { storyRepository } from './stories.js';
import { subscriptionRepository } from './subscriptions.js';
import { trendRepository } from './trends.js';

/** The embedded default: one SQLite file in WAL mode. */
export function openSqliteStore(path: string): Store {
  const db = openDatabase(path);
  return sqliteStore(db);
}

export function sqliteStore(db: SqliteDatabase): Store {
  return {
    ...feedRepository(db),
    ...articleRepository(db, createArticleTextSearch(db)),
    ...storyRepository(db),
    ...quoteRepository(db),
    ...subscriptionRepository(db),
    ...deliveryRepository(db),
    ...trendRepository(db),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    ping: () => {
      try {
        return db.prepare('SELECT 1 AS ok').get() !== undefined;
      } catch {
        return false;
      }
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}
