import type { Pool, PoolClient, QueryResultRow } from 'pg';

/**
 * What every PostgreSQL repository runs on: the pool (each statement on any
 * free connection) or one transaction's client. `atomic` groups statements: a
 * transaction on the pool, a savepoint inside a transaction (like SQLite's
 * nested transactions, a failed step rolls back only itself).
 */
export interface Db {
  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Rows changed by an INSERT, UPDATE or DELETE. */
  execute(sql: string, params?: unknown[]): Promise<number>;
  atomic<T>(fn: (db: Db) => Promise<T>): Promise<T>;
}

/** Statements on one client that is already inside BEGIN … COMMIT. */
export function clientDb(client: PoolClient): Db {
  let savepoints = 0;
  const db: Db = {
    async query<R extends QueryResultRow>(sql: string, params: unknown[] = []) {
      return (await client.query<R>(sql, params)).rows;
    },
    async execute(sql, params = []) {
      return (await client.query(sql, params)).rowCount ?? 0;
    },
    async atomic(fn) {
      const name = `nd_sp_${++savepoints}`;
      await client.query(`SAVEPOINT ${name}`);
      try {
        const result = await fn(db);
        await client.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await client.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
        throw error;
      }
    },
  };
  return db;
}

/**
 * PostgreSQL aborts one of two transactions that wait on each other (deadlock_detected, 40P01), or
 * one that cannot be serialised (40001), and expects the client to run it again: nothing of it was
 * kept. Processes saving feeds that share articles (one wire story in several feeds) meet this.
 */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 6;
const isRetryable = (error: unknown): boolean => RETRYABLE.has((error as { code?: string } | null)?.code ?? '');
const pause = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 20));

/**
 * Runs `fn` in a transaction on one pooled client: COMMIT when it resolves, ROLLBACK when it rejects.
 * A deadlock or serialisation failure runs it again from the start (up to ATTEMPTS times), so `fn`
 * must do nothing but statements on the client.
 */
export async function inTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransactionOnce(pool, fn);
    } catch (error) {
      if (!isRetryable(error) || attempt >= ATTEMPTS) throw error;
      await pause(attempt);
    }
  }
}

async function inTransactionOnce<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    try {
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // A connection that cannot roll back is not returned to the pool.
        broken = rollbackError as Error;
      }
      throw error;
    }
  } finally {
    client.release(broken);
  }
}

/** Statements on the pool; `atomic` opens a transaction on one client. */
export function poolDb(pool: Pool): Db {
  return {
    async query<R extends QueryResultRow>(sql: string, params: unknown[] = []) {
      return (await pool.query<R>(sql, params)).rows;
    },
    async execute(sql, params = []) {
      return (await pool.query(sql, params)).rowCount ?? 0;
    },
    atomic: (fn) => inTransaction(pool, (client) => fn(clientDb(client))),
  };
}

/** Numbered placeholders built alongside their values: `p.add(x)` returns "$n". */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export const count = (value: unknown): number => Number(value ?? 0);
