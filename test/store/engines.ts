import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach } from 'vitest';
import { PG_ADMIN_URL, PG_SKIP_LINE } from './pg-env.js';
import { openStore, type Store, type StoreEngine, type StoreTarget } from '../../src/store/index.js';

/**
 * The engines every store contract test runs on. SQLite always; PostgreSQL when
 * NEWS_DIGEST_TEST_PG names an admin URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).
 * Each open gets a fresh SQLite file or a fresh database (CREATE DATABASE nd_<random>),
 * closed and dropped after the test.
 */

export { PG_ADMIN_URL, PG_SKIP_LINE };

export interface OpenedStore {
  store: Store;
  target: StoreTarget;
  /** Another store on the same file or database (closed after the test too). */
  reopen(): Promise<Store>;
}

export interface TestEngine {
  name: StoreEngine;
  open(): Promise<OpenedStore>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  const pending = cleanups.splice(0).reverse();
  for (const cleanup of pending) await cleanup();
});

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const databaseUrl = (name: string): string => {
  const url = new URL(PG_ADMIN_URL!);
  url.pathname = `/${name}`;
  return url.toString();
};

/** Per test file: one database migrated once, copied for each test (CREATE DATABASE … TEMPLATE is a file copy). */
let template: Promise<string> | null = null;
const migratedTemplate = (): Promise<string> =>
  (template ??= (async () => {
    const name = `nd_tpl_${randomBytes(6).toString('hex')}`;
    await admin((client) => client.query(`CREATE DATABASE ${name}`));
    await (await openStore({ engine: 'postgres', url: databaseUrl(name) })).close();
    return name;
  })());
afterAll(async () => {
  if (!template) return;
  const name = await template.catch(() => null);
  template = null;
  if (name) await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
});

/**
 * A fresh PostgreSQL database, dropped (WITH (FORCE)) after the test: empty, or
 * (migrated: true) with every migration already applied.
 */
export async function freshPostgresDatabase(options: { migrated?: boolean } = {}): Promise<string> {
  if (!PG_ADMIN_URL) throw new Error(PG_SKIP_LINE);
  const from = options.migrated ? ` TEMPLATE ${await migratedTemplate()}` : '';
  const name = `nd_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}${from}`));
  cleanups.push(() => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined));
  return databaseUrl(name);
}

/** A fresh SQLite file in a new temporary folder. */
export const freshSqlitePath = (): string => join(mkdtempSync(join(tmpdir(), 'nd-contract-')), 'store.db');

async function openTracked(target: StoreTarget): Promise<Store> {
  const store = await openStore(target);
  cleanups.push(() => store.close());
  return store;
}

async function openTarget(target: StoreTarget): Promise<OpenedStore> {
  return { store: await openTracked(target), target, reopen: () => openTracked(target) };
}

const sqlite: TestEngine = { name: 'sqlite', open: () => openTarget({ engine: 'sqlite', path: freshSqlitePath() }) };
const postgres: TestEngine = { name: 'postgres', open: async () => openTarget({ engine: 'postgres', url: await freshPostgresDatabase({ migrated: true }) }) };

/** SQLite, and PostgreSQL when NEWS_DIGEST_TEST_PG is set (no PostgreSQL tests are registered otherwise). */
export function storeEngines(): TestEngine[] {
  return PG_ADMIN_URL ? [sqlite, postgres] : [sqlite];
}
