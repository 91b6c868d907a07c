import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { articleFixture } from '../store/fixtures.js';
import { startBot, waitFor } from './bot-process.js';

const DAY = 24 * 60 * 60 * 1000;

it('`run` prunes articles older than retention.days on its own (on start, then on retention.cron)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-retention-run-'));
  const db = join(dir, 'bot.db');
  const store = openSqliteStore(db);
  for (let i = 0; i < 3; i += 1) await store.saveArticle(articleFixture(`old-${i}`, new Date(Date.now() - 45 * DAY)));
  await store.saveArticle(articleFixture('recent', new Date(Date.now() - DAY)));
  await store.close();
  const config = join(dir, 'config.yaml');
  writeFileSync(config, 'retention:\n  days: 30\nhttp:\n  port: 0\n  host: 127.0.0.1\n');

  const bot = startBot(['--config', config, '--db', db, 'run']);
  const articles = () => {
    const reader = new Database(db, { readonly: true });
    try {
      return (reader.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      reader.close();
    }
  };
  try {
    await waitFor(async () => (articles() === 1 ? true : null), 45_000, 'the old articles to be pruned');
    await waitFor(async () => (bot.output().includes('"msg":"retention: pruned old data"') ? true : null), 10_000, 'the retention log line');
    // Pruning starts before start-up is done; stop only once the signal handlers are in place.
    await waitFor(async () => (bot.output().includes('"msg":"news-digest is running"') ? true : null), 45_000, 'start-up to finish');
    expect(bot.output()).toMatch(/"articles":3,"stories":0,"deliveries":0,"cutoff":"[^"]+","days":30,"msg":"retention: pruned old data"/);
  } finally {
    bot.child.kill('SIGTERM');
  }
  expect(await bot.exited).toBe(0);
});
