import pg from 'pg';

/**
 * Once per test run: without NEWS_DIGEST_TEST_PG, one line saying the PostgreSQL
 * store suite is skipped; with it, the server must answer or the run fails.
 */
export default async function setup(): Promise<void> {
  const url = process.env.NEWS_DIGEST_TEST_PG?.trim();
  if (!url) {
    console.log('PostgreSQL store suite skipped: set NEWS_DIGEST_TEST_PG=postgres://postgres@127.0.0.1:5432/postgres to run it');
    return;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`NEWS_DIGEST_TEST_PG is set but PostgreSQL does not answer there (${(error as Error).message}); start it or unset the variable.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
