import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { migrate } from '../../src/store/sqlite/database.js';
import { migrations } from '../../src/store/sqlite/migrations/index.js';
import { openSqliteStore } from '../../src/store/index.js';

it('migration 006 gives stories stored before it their earliest article’s publication time, or their first-seen time', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'nd-migrate-006-')), 'news.db');
  const old = new Database(path);
  migrate(
    old,
    migrations.filter((migration) => migration.version < 6),
  );
  const insertStory = old.prepare(
    `INSERT INTO stories (representative_article_id, title, url, summary, topics, quotes, sources, languages, first_seen_at, updated_at)
     VALUES (0, ?, NULL, '', '[]', '[]', '[]', '[]', ?, ?)`,
  );
  const withArticles = Number(insertStory.run('with articles', Date.UTC(2018, 2, 20, 14), Date.UTC(2018, 2, 20, 14)).lastInsertRowid);
  const empty = Number(insertStory.run('no articles', Date.UTC(2018, 2, 21, 8), Date.UTC(2018, 2, 21, 8)).lastInsertRowid);
  const insertArticle = old.prepare(
    `INSERT INTO articles (guid, title, body, source, language, summary, published_at, first_seen_at, content_hash, analysis, story_id)
     VALUES (?, 't', 'b', 's', 'en', '', ?, ?, ?, '{}', ?)`,
  );
  insertArticle.run('a', Date.UTC(2018, 2, 20, 10), Date.UTC(2018, 2, 20, 14), 'h1', withArticles);
  insertArticle.run('b', Date.UTC(2018, 2, 20, 9), Date.UTC(2018, 2, 20, 14), 'h2', withArticles);
  old.close();

  const store = openSqliteStore(path);
  try {
    expect((await store.getStory(withArticles))?.publishedAt).toEqual(new Date(Date.UTC(2018, 2, 20, 9)));
    expect((await store.getStory(empty))?.publishedAt).toEqual(new Date(Date.UTC(2018, 2, 21, 8)));
  } finally {
    await store.close();
  }
});
