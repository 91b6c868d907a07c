import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { errorLine } from '../../src/core/index.js';
import { openStore, StoreError } from '../../src/store/index.js';
import { migrations as pgMigrations } from '../../src/store/postgres/index.js';
import { migrations as sqliteMigrations } from '../../src/store/sqlite/index.js';
import { freshPostgresDatabase, PG_ADMIN_URL } from './engines.js';

/** What only the PostgreSQL engine has: its migrations under an advisory lock, its errors, its refusal to back up. */

interface Signal {
  settle(): void;
  settled: Promise<void>;
}
function signal(): Signal {
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  return { settle, settled };
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('opening a PostgreSQL store that cannot be reached', () => {
  it('fails with one StoreError line that names the host and never the password', async () => {
    const error = await openStore({ engine: 'postgres', url: 'postgres://news:s3cret-pw@127.0.0.1:1/news' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    const line = errorLine(error);
    expect(line).toMatch(/127\.0\.0\.1:1\/news/);
    expect(line).toMatch(/store\.url or DATABASE_URL/);
    expect(line).not.toContain('s3cret-pw');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('knows the same migration versions as the SQLite engine', () => {
    expect(pgMigrations.map((m) => [m.version, m.name])).toEqual(sqliteMigrations.map((m) => [m.version, m.name]));
  });
});

if (PG_ADMIN_URL) {
  describe('PostgreSQL transactions', () => {
    it('runs again a transaction PostgreSQL aborts in a deadlock, so both writers finish and both writes stay', async () => {
      const url = await freshPostgresDatabase();
      const store = await openStore({ engine: 'postgres', url });
      try {
        const now = new Date('2026-03-20T08:00:00Z');
        const a = await store.upsertFeed({ url: 'https://a.news.example/feed' }, now);
        const b = await store.upsertFeed({ url: 'https://b.news.example/feed' }, now);
        // Each transaction locks one feed row, waits until the other has locked the other row, then wants it:
        // a deadlock PostgreSQL breaks by aborting one. The waits are settled once, so a second attempt runs through.
        const locked = { a: signal(), b: signal() };
        let attempts = 0;
        const writer = (first: typeof a, second: typeof a, mine: Signal, theirs: Signal, status: string) =>
          store.transaction(async (tx) => {
            attempts += 1;
            await tx.updateFeedState(first.id, { lastStatus: status });
            mine.settle();
            await theirs.settled;
            await tx.updateFeedState(second.id, { lastStatus: status });
          });
        await Promise.all([writer(a, b, locked.a, locked.b, 'one'), writer(b, a, locked.b, locked.a, 'two')]);
        expect(attempts).toBe(3);
        const statuses = [(await store.getFeed(a.id))!.lastStatus, (await store.getFeed(b.id))!.lastStatus];
        // The retried writer committed last, so both rows carry its status.
        expect(statuses[0]).toBe(statuses[1]);
      } finally {
        await store.close();
      }
    });
  });

  describe('PostgreSQL migrations', () => {
    it('applies every migration once when three processes open a fresh database at the same moment', async () => {
      const url = await freshPostgresDatabase();
      const stores = await Promise.all([0, 1, 2].map(() => openStore({ engine: 'postgres', url })));
      try {
        const rows = await query<{ version: number }>(url, 'SELECT version FROM schema_migrations ORDER BY version');
        expect(rows.map((r) => r.version)).toEqual(pgMigrations.map((m) => m.version));
        for (const store of stores) expect(await store.ping()).toBe(true);
        // Reopening applies nothing twice.
        const again = await openStore({ engine: 'postgres', url });
        await again.close();
        expect(await query(url, 'SELECT version FROM schema_migrations')).toHaveLength(pgMigrations.length);
      } finally {
        for (const store of stores) await store.close();
      }
    });

    it('refuses a database migrated by a newer news-digest', async () => {
      const url = await freshPostgresDatabase();
      await (await openStore({ engine: 'postgres', url })).close();
      await query(url, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', now())");
      await expect(openStore({ engine: 'postgres', url })).rejects.toThrow(/schema version 999 .* knows only up to 9/);
    });

    it('stores dates as timestamptz and JSON as jsonb, with a GIN index on the search vectors', async () => {
      const url = await freshPostgresDatabase();
      await (await openStore({ engine: 'postgres', url })).close();
      const types = await query<{ table_name: string; column_name: string; data_type: string }>(
        url,
        `SELECT table_name, column_name, data_type FROM information_schema.columns
          WHERE table_schema = 'public' AND (column_name LIKE '%\\_at' OR column_name IN ('analysis', 'topics', 'filters', 'search'))`,
      );
      for (const row of types) {
        if (row.column_name.endsWith('_at')) expect(row.data_type, `${row.table_name}.${row.column_name}`).toBe('timestamp with time zone');
        else if (row.column_name === 'search') expect(row.data_type).toBe('tsvector');
        else expect(row.data_type, `${row.table_name}.${row.column_name}`).toBe('jsonb');
      }
      const indexes = await query<{ indexname: string; indexdef: string }>(url, "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%search'");
      expect(indexes.map((i) => i.indexname).sort()).toEqual(['articles_search', 'quotes_search']);
      for (const index of indexes) expect(index.indexdef).toMatch(/USING gin \(search\)/);
    });

    it('indexes each article with its language’s configuration (simple for others)', async () => {
      const url = await freshPostgresDatabase();
      const store = await openStore({ engine: 'postgres', url });
      try {
        const save = (guid: string, language: string, title: string) =>
          store.saveArticle({
            feedId: null,
            guid,
            url: null,
            canonicalUrl: null,
            title,
            body: '',
            source: 's',
            publishedAt: new Date(),
            firstSeenAt: new Date(),
            contentHash: guid,
            analysis: { language, topics: [], quotes: [], statements: [], summary: '', entities: [] },
          });
        await save('de', 'de', 'Die Gipfeltreffen');
        await save('en', 'en', 'The summits');
        await save('fr', 'fr', 'Les sommets');
        await save('es', 'es', 'Las cumbres');
        await save('it', 'it', 'Le cime');
        const rows = await query<{ guid: string; search: string }>(url, 'SELECT guid, search::text AS search FROM articles ORDER BY guid');
        expect(Object.fromEntries(rows.map((r) => [r.guid, r.search]))).toEqual({
          de: "'gipfeltreff':2A",
          en: "'summit':2A",
          es: "'cumbr':2A",
          fr: "'le':1A 'sommet':2A",
          it: "'cime':2A 'le':1A",
        });
      } finally {
        await store.close();
      }
    });
  });

  describe('backup on PostgreSQL', () => {
    it('refuses with store.backup_unsupported and names pg_dump', async () => {
      const store = await openStore({ engine: 'postgres', url: await freshPostgresDatabase({ migrated: true }) });
      try {
        await expect(store.backup('/tmp/never.db')).rejects.toMatchObject({ code: 'store.backup_unsupported', message: expect.stringMatching(/pg_dump/) });
      } finally {
        await store.close();
      }
    });
  });
}
