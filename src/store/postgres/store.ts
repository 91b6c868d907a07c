import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { backupUnsupported, StoreError } from '../errors.js';
import type { Store, StoreOps, Transaction } from '../types.js';
import { articleRepository } from './articles.js';
import { clientDb, inTransaction, poolDb, type Db } from './db.js';
import { deliveryRepository } from './deliveries.js';
import { pgStoreError, redact } from './errors.js';
import { feedRepository } from './feeds.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { quoteRepository } from './quotes.js';
import { retentionRepository } from './retention.js';
import { storyRepository } from './stories.js';
import { subscriptionRepository } from './subscriptions.js';
import { trendRepository } from './trends.js';

export interface PostgresOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

const INT8 = 20;
const INT8_ARRAY = 1016;

type Parser = (value: string) => unknown;
const builtin = pg.types.getTypeParser as unknown as (oid: number, format: 'text' | 'binary') => Parser;

/** 64-bit integers (ids, counts) as numbers: ids stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format: 'text' | 'binary' = 'text'): Parser => {
    if (oid === INT8) return (value) => Number(value);
    if (oid === INT8_ARRAY) return (value) => (builtin(INT8_ARRAY, 'text')(value) as string[]).map(Number);
    return builtin(oid, format);
  }) as unknown as typeof pg.types.getTypeParser,
};

function repositories(db: Db): StoreOps {
  return {
    ...feedRepository(db),
    ...articleRepository(db),
    ...storyRepository(db),
    ...quoteRepository(db),
    ...subscriptionRepository(db),
    ...deliveryRepository(db),
    ...trendRepository(db),
    ...retentionRepository(db),
  };
}

type Method = (...args: unknown[]) => Promise<unknown>;

function guarded(ops: StoreOps, guard: <T>(fn: () => Promise<T>) => Promise<T>): StoreOps {
  const wrapped: Record<string, Method> = {};
  for (const [name, method] of Object.entries(ops) as [string, Method][]) wrapped[name] = (...args) => guard(() => method(...args));
  return wrapped as unknown as StoreOps;
}

/** Where the store lives, for error lines: host and database, never the password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return redact(url);
  }
}

/**
 * The PostgreSQL engine: a pool of connections; each statement runs on any free
 * one, a transaction holds one client from BEGIN to COMMIT or ROLLBACK. Opening
 * applies pending migrations under an advisory lock.
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const where = `at ${describeUrl(url)}`;
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const storageError = (error: unknown): unknown => pgStoreError(error, where) ?? error;
  try {
    await pool.query('SELECT 1');
    if (options.migrate !== false) await migrate(pool, migrations);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const failure = storageError(error);
    if (failure instanceof StoreError) throw failure;
    throw new StoreError(
      `Cannot open the PostgreSQL database ${where}: ${redact((error as Error).message)}; check store.url or DATABASE_URL.`,
      'unavailable',
      null,
      {
        cause: error,
      },
    );
  }

  const inside = new AsyncLocalStorage<Store>();
  const running = new Set<Promise<unknown>>();
  let closed = false;

  const outer = guarded(repositories(poolDb(pool)), async (fn) => {
    if (inside.getStore() === self) throw insideTransaction();
    if (closed) throw new StoreError('The store was used after it was closed: open it again.');
    try {
      return await fn();
    } catch (error) {
      throw storageError(error);
    }
  });

  const transaction = <T>(fn: (tx: Transaction) => Promise<T>): Promise<T> => {
    if (inside.getStore() === self) return Promise.reject(insideTransaction());
    const run = inTransaction(pool, async (client) => {
      let open = true;
      const tx = guarded(repositories(clientDb(client)), async (step) => {
        if (!open) throw new StoreError('A transaction handle was used after its transaction ended: use the store instead.');
        return step();
      });
      try {
        return await inside.run(self, () => fn(tx));
      } finally {
        open = false;
      }
    }).catch((error: unknown) => {
      throw storageError(error);
    });
    running.add(run);
    void run.finally(() => running.delete(run)).catch(() => undefined);
    return run;
  };

  const self: Store = {
    ...outer,
    engine: 'postgres',
    transaction,
    backup: () => Promise.reject(backupUnsupported()),
    async ping() {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...running]);
      await pool.end();
    },
  };
  return self;
}

function insideTransaction(): StoreError {
  return new StoreError('A store call was made on the outer store inside store.transaction(): use the transaction handle passed to the callback.');
}
