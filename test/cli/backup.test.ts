import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { articleFixture } from '../store/fixtures.js';
import { waitFor } from './bot-process.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-backup-'));
const db = join(dir, 'live.db');
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  const store = openSqliteStore(db);
  for (let i = 0; i < 200; i += 1) await store.saveArticle(articleFixture(`seed-${i}`, new Date()));
  await store.close();
});

const count = (path: string, table: string) => {
  const copy = new Database(path, { readonly: true });
  try {
    return (copy.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    copy.close();
  }
};

describe('`news-digest backup PATH`', () => {
  const writer = { child: null as ReturnType<typeof spawn> | null, written: 0 };
  beforeAll(() => {
    writer.child = spawn(process.execPath, ['--import', 'tsx', 'test/cli/db-writer.ts', db], { stdio: ['ignore', 'pipe', 'inherit'] });
    writer.child.stdout!.on('data', (chunk: Buffer) => {
      const last = chunk.toString().trim().split('\n').pop();
      if (last) writer.written = Number(last);
    });
  });
  afterAll(async () => {
    const child = writer.child!;
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.on('close', done));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('copies a consistent database while another process keeps writing to it', async () => {
    await waitFor(async () => (writer.written >= 50 ? true : null), 30_000, 'the writer to get going');
    const before = writer.written;
    const destination = join(dir, 'backups', 'copy.db');
    const result = await runCli(['--db', db, 'backup', destination]);
    const after = writer.written;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^Backed up .*live\.db to .*copy\.db \([\d.]+ MB, integrity checked\)\. To restore: stop news-digest, then copy it over .*live\.db\.$/m,
    );
    expect(after).toBeGreaterThan(before); // the writer really was writing during the backup

    const copy = new Database(destination, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const articles = count(destination, 'articles');
    expect(articles).toBeGreaterThanOrEqual(200 + before);
    expect(articles).toBeLessThanOrEqual(200 + after + 1);
    expect(count(destination, 'quotes')).toBe(articles); // one quote each: no article without its rows
    expect(existsSync(`${destination}.partial`)).toBe(false);

    const restored = openSqliteStore(destination);
    expect((await restored.findArticles({ text: 'Suchwortseed-7' })).length).toBe(1);
    await restored.close();
  });

  it('never overwrites, and says which database it needs', async () => {
    const taken = join(dir, 'taken.db');
    writeFileSync(taken, 'x');
    const overwrite = await runCli(['--db', db, 'backup', taken]);
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr.trim()).toBe(`news-digest: ${taken} already exists: back up to a new file name (a backup never overwrites).`);
    const missing = await runCli(['--db', join(dir, 'nope.db'), 'backup', join(dir, 'x.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/There is no database at .*nope\.db: name the one `run` uses with --db or NEWS_DIGEST_DB\./);
    expect(existsSync(join(dir, 'nope.db'))).toBe(false);
  });
});

it('`news-digest prune --days N` deletes what is older, now', async () => {
  const path = join(dir, 'prune.db');
  const store = openSqliteStore(path);
  await store.saveArticle(articleFixture('old', new Date(Date.now() - 40 * DAY)));
  await store.saveArticle(articleFixture('new', new Date()));
  await store.close();
  const result = await runCli(['--db', path, 'prune', '--days', '30']);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^Pruned what was first seen before \S+ \(30 days\): 1 articles, 0 stories, 0 sent delivery parts\.$/m);
  expect(count(path, 'articles')).toBe(1);
});
