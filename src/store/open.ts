import type { Store } from './types.js';
import { openSqliteStore } from './sqlite/index.js';

/** Where the store lives: an SQLite file, or a PostgreSQL database by URL. */
export type StoreTarget = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

export interface OpenStoreOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

/** Opens either engine. The PostgreSQL driver is loaded only here, only when asked for. */
export async function openStore(target: StoreTarget, options: OpenStoreOptions = {}): Promise<Store> {
  if (target.engine === 'sqlite') return openSqliteStore(target.path, options);
  const { openPostgresStore } = await import('./postgres/index.js');
  return openPostgresStore(target.url, options);
}
