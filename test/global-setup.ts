import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { buildCliForTests } from './build-cli.js';
import { PG_SKIP_LINE } from './store/pg-env.js';

/**
 * Once per test run: the command transpiled for the tests that start it
 * (test/build-cli.ts; the folder reaches them as inject('testDist')); without NEWS_DIGEST_TEST_PG, one line saying the
 * PostgreSQL store suite is skipped; with it, the server must answer or the run fails.
 */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('testDist', await buildCliForTests());
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
