import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

it('`run --role poller` on SQLite is refused in one sentence naming the fix, before anything starts', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'nd-roles-')), 'roles.db');
  const result = await runCli(['--db', db, 'run', '--role', 'poller'], { env: { DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', DATABASE_URL: '' } });
  expect(result.code).toBe(2);
  expect(result.stderr.trim()).toBe(
    'news-digest: --role poller divides the work between processes on PostgreSQL (store.url); with SQLite one process does everything: use --role all.',
  );
});

it('`run --role` accepts only the four roles', async () => {
  const result = await runCli(['run', '--role', 'worker'], { env: { DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' } });
  expect(result.code).not.toBe(0);
  expect(result.stderr).toMatch(/argument 'worker' is invalid\. Allowed choices are all, poller, deliverer, gateway\./);
});
