import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { article, day, kremlinCall, seed, tariffs } from './search-fixtures.js';
import type { Store } from '../../src/store/index.js';
import { migrate, migrations, openDatabase, sqliteStore, type SqliteDatabase } from '../../src/store/sqlite/index.js';
import { createArticleTextSearch, createQuoteSearch, toMatchExpression } from '../../src/store/sqlite/search.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'nd-search-')), 'news.db');

let db: SqliteDatabase | null = null;
afterEach(() => {
  if (db?.open) db.close();
  db = null;
});

function open(): { store: Store; db: SqliteDatabase } {
  db = openDatabase(tempDb());
  return { store: sqliteStore(db), db };
}

describe('article full-text search', () => {
  it('indexes articles stored before the search migration', () => {
    const path = tempDb();
    const old = new Database(path);
    migrate(
      old,
      migrations.filter((m) => m.version < 2),
    );
    old
      .prepare(
        `INSERT INTO articles (guid, title, body, source, language, summary, published_at, first_seen_at, content_hash, analysis)
      VALUES ('old-1', ?, ?, 'The Meridian', 'en', '', 0, 0, 'h', ?)`,
      )
      .run(
        tariffs.title,
        tariffs.body,
        JSON.stringify({ ...tariffs.analysis, quotes: [{ text: 'A permanent exemption', speaker: 'Angela Merkel', kind: 'direct', score: 1 }] }),
      );
    old
      .prepare(
        `INSERT INTO quotes (article_id, text, speaker, speaker_key, kind, score) VALUES (1, 'A permanent exemption', 'Angela Merkel', 'merkel', 'direct', 1)`,
      )
      .run();
    old.close();
    db = openDatabase(path);
    expect(createArticleTextSearch(db)({ text: 'tariffs' })).toEqual([1]);
    expect(createArticleTextSearch(db)({ text: 'merkel' })).toEqual([1]);
    expect(createQuoteSearch(db)({ text: 'permanent', limit: 5 })).toEqual([1]);
  });

  it('still finds a filtered match older than the newest five thousand matches', async () => {
    const { store, db } = open();
    const old = (await store.saveArticle(article({ title: 'Gipfel in Genf', source: 'Seltenes Blatt', publishedAt: day(1) }))).article.id;
    const insert = db.prepare(`INSERT INTO articles (guid, title, body, source, language, summary, published_at, first_seen_at, content_hash, analysis)
      VALUES (?, 'Gipfel', '', 'Tagesblick', 'de', '', ?, 0, '', '{}')`);
    db.transaction(() => {
      for (let i = 0; i < 5_050; i++) insert.run(`bulk-${i}`, day(2).getTime() + i);
    })();
    const search = createArticleTextSearch(db);
    expect(search({ text: 'gipfel', source: 'seltenes blatt' })).toEqual([old]);
    expect(search({ text: 'gipfel', limit: 5 })).toHaveLength(5);
  });

  it('turns hostile or malformed input into an empty result or words, never an SQL error', async () => {
    const { store, db } = open();
    await seed(store);
    const search = createArticleTextSearch(db);
    const inputs = [
      '"',
      '"putin',
      'NEAR(putin trump)',
      'title:putin',
      '*',
      'putin OR',
      'AND',
      '(',
      ')',
      '^putin',
      '-putin',
      "putin'; DROP TABLE articles; --",
      '\u0000',
      '{title body}: putin',
      'x'.repeat(5000),
      '" OR "" "',
    ];
    for (const text of inputs) expect(() => search({ text })).not.toThrow();
    expect(search({ text: '*' })).toEqual([]);
    expect(search({ text: '"putin' })).toHaveLength(3);
    expect(search({ text: 'title:putin' })).toEqual([]);
    expect(await store.countArticles()).toBe(3);
  });
});

describe('toMatchExpression', () => {
  it('quotes every word so operators and column filters stay words', () => {
    expect(toMatchExpression('Putin NEAR Trump')).toBe('"putin" AND "trump"');
    expect(toMatchExpression('near title:kreml')).toBe('"near" AND "title" AND "kreml"');
    expect(toMatchExpression('"Dmitri Peskow" sagte')).toBe('"dmitri peskow" AND "sagte"');
    expect(toMatchExpression('"unbalanced phrase')).toBe('"unbalanced" AND "phrase"');
    expect(toMatchExpression('Kreml-Chef*')).toBe('"kreml" AND "chef"');
    expect(toMatchExpression('wahl*')).toBe('"wahl"*');
  });

  it('returns null when nothing searchable is left', () => {
    for (const input of ['', '   ', '*', '"" ()', 'OR AND']) expect(toMatchExpression(input)).toBeNull();
  });

  it('caps the number of words', () => {
    const expression = toMatchExpression(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!;
    expect(expression.split(' AND ')).toHaveLength(16);
  });
});

describe('through the Store', () => {
  it('finds quotes by any variant of the speaker’s name', async () => {
    const { store } = open();
    const id = (await store.saveArticle(kremlinCall)).article.id;
    for (const speaker of ['Peskow', 'Peskov', 'Dmitry Peskov', 'Kremlsprecher Dmitri Peskow']) {
      expect((await store.findQuotes({ speaker })).map((hit) => [hit.articleId, hit.quote.text])).toEqual([
        [id, 'Man betrachte das Schweigen nicht als unfreundlichen Akt'],
      ]);
    }
    expect((await store.findQuotes({ text: 'Aufmerksamkeit' })).map((hit) => hit.quote.speaker)).toEqual(['Kreml']);
  });
});

describe('bounded quote lookup', () => {
  async function seedQuotes(store: Store): Promise<{ peskov: number[]; merkel: number }> {
    const quoted = async (n: number, speaker: string, text: string, topic: string) =>
      (
        await store.saveArticle(
          article({
            publishedAt: day(n),
            analysis: { topics: [{ id: topic, score: 0.9, evidence: [] }], quotes: [{ text, speaker, kind: 'direct', score: 0.5 }] },
          }),
        )
      ).article.id;
    const first = await quoted(10, 'Dmitri Peskow', 'Wir sehen keinen unfreundlichen Akt', 'diplomacy');
    const merkelArticle = await quoted(11, 'Angela Merkel', 'Wir wollen eine unbefristete Ausnahme', 'trade');
    const second = await quoted(12, 'Dmitry Peskov', 'The call was constructive', 'summits');
    const third = await quoted(13, 'Peskov', 'No date has been set', 'summits');
    return { peskov: [first, second, third], merkel: merkelArticle };
  }

  const articleOfQuote = (db: SqliteDatabase, ids: number[]) =>
    ids.map((id) => (db.prepare('SELECT article_id AS a FROM quotes WHERE id = ?').get(id) as { a: number }).a);

  it('finds a speaker under any spelling, newest first, with topic, date and text filters', async () => {
    const { store, db } = open();
    const { peskov, merkel } = await seedQuotes(store);
    const search = createQuoteSearch(db);
    for (const speaker of ['Peskow', 'Dmitry Peskov', 'Kremlsprecher Dmitri Peskow']) {
      expect(articleOfQuote(db, search({ speaker, limit: 10 }))).toEqual([...peskov].reverse());
    }
    expect(articleOfQuote(db, search({ speaker: 'Peskov', topic: 'summits', limit: 10 }))).toEqual([peskov[2], peskov[1]]);
    expect(articleOfQuote(db, search({ speaker: 'Peskov', since: day(11), until: day(13), limit: 10 }))).toEqual([peskov[1]]);
    expect(articleOfQuote(db, search({ speaker: 'Peskov', limit: 1 }))).toEqual([peskov[2]]);
    expect(articleOfQuote(db, search({ text: 'unbefristete', limit: 10 }))).toEqual([merkel]);
    expect(articleOfQuote(db, search({ speaker: 'Merkel', text: 'constructive', limit: 10 }))).toEqual([]);
    expect(search({ speaker: 'Peskov', since: day(1), until: day(2), limit: 10 })).toEqual([]);
    expect(search({ text: '"*"', limit: 10 })).toEqual([]);
  });
});
