/** The PostgreSQL server the tests may use (an admin URL), and the line printed when there is none. */
export const PG_ADMIN_URL = process.env.NEWS_DIGEST_TEST_PG?.trim() || undefined;
export const PG_SKIP_LINE =
  'PostgreSQL store suite and multi-process tests (test/scale/*.pg.test.ts) skipped: set NEWS_DIGEST_TEST_PG=postgres://postgres@127.0.0.1:5432/postgres to run it';
