import pg from 'pg';
import { buildCliForTests } from './built-cli.js';
import { PG_SKIP_LINE } from './store/pg-env.js';

/**
 * Once per test run: the command transpiled for the tests that start it
 * (test/built-cli.ts); without NEWS_DIGEST_TEST_PG, one line saying the
 * PostgreSQL store suite is skipped; with it, the server must answer or the run fails.
 */
export default async function setup(): Promise<void> {
  await buildCliForTests();
  const url = process.env.NEWS_DIGEST_TEST_PG?.trim();
  if (!url) {
    console.log(PG_SKIP_LINE);
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
