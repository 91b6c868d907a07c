import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/core/index.js';
import type { NewArticle, Store } from '../../src/store/index.js';
import { migrate, migrations, openDatabase, sqliteStore, type SqliteDatabase } from '../../src/store/sqlite/index.js';
import { createArticleTextSearch, createQuoteSearch, toMatchExpression } from '../../src/store/sqlite/search.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'nd-search-')), 'news.db');
const day = (n: number) => new Date(Date.UTC(2018, 2, n, 12));

let db: SqliteDatabase | null = null;
afterEach(() => {
  if (db?.open) db.close();
  db = null;
});

function open(): { store: Store; db: SqliteDatabase } {
  db = openDatabase(tempDb());
  return { store: sqliteStore(db), db };
}

let sequence = 0;
function article(fields: Partial<Omit<NewArticle, 'analysis'>> & { analysis?: Partial<ArticleAnalysis> }): NewArticle {
  sequence += 1;
  const { analysis, ...rest } = fields;
  return {
    feedId: null,
    guid: `guid-${sequence}`,
    url: null,
    canonicalUrl: null,
    title: 'Untitled',
    body: 'Nothing to see.',
    source: 'Tagesblick',
    publishedAt: day(20),
    firstSeenAt: day(20),
    contentHash: `hash-${sequence}`,
    ...rest,
    analysis: { language: 'de', topics: [], quotes: [], statements: [], summary: '', entities: [], ...analysis },
  };
}

const kremlinCall = article({
  title: 'Putin und Trump erwägen ein Gipfeltreffen',
  body: 'Der Kreml teilte am Dienstag mit, beide hätten über ein Treffen gesprochen.',
  analysis: {
    summary: 'Trump gratulierte Putin zum Wahlsieg.',
    topics: [{ id: 'summits', score: 0.9, evidence: ['Gipfeltreffen'] }],
    quotes: [{ text: 'besondere Aufmerksamkeit der Frage gewidmet', speaker: 'Kreml', kind: 'direct', score: 0.9 }],
    statements: [{ text: 'Man betrachte das Schweigen nicht als unfreundlichen Akt', speaker: 'Dmitri Peskow', kind: 'indirect', score: 0.5 }],
  },
});
const meridianCall = article({
  title: 'Trump congratulates Putin, floats summit',
  body: 'The Kremlin said both presidents discussed the arms race.',
  source: 'The Meridian',
  publishedAt: day(21),
  analysis: { language: 'en', summary: 'Trump called Putin.', topics: [{ id: 'summits', score: 0.8, evidence: ['summit'] }] },
});
const tariffs = article({
  title: 'EU leaders win reprieve from steel tariffs',
  body: 'Leaders in Brussels wanted a permanent exemption; Putin was not on the agenda.',
  source: 'The Meridian',
  publishedAt: day(23),
  analysis: { language: 'en', summary: 'A temporary exemption until May.', topics: [{ id: 'trade', score: 0.7, evidence: ['tariffs'] }] },
});

async function seed(store: Store): Promise<number[]> {
  const ids: number[] = [];
  for (const a of [kremlinCall, meridianCall, tariffs]) ids.push((await store.saveArticle(a)).article.id);
  return ids;
}

describe('article full-text search', () => {
  it('finds words in the title, summary, body, quotes and speakers, ignoring case and accents', async () => {
    const { store, db } = open();
    const [de, en] = await seed(store);
    const search = createArticleTextSearch(db);
    expect(search({ text: 'GIPFELTREFFEN' })).toEqual([de]);
    expect(search({ text: 'wahlsieg' })).toEqual([de]);
    expect(search({ text: 'arms race' })).toEqual([en]);
    expect(search({ text: 'Aufmerksamkeit' })).toEqual([de]);
    expect(search({ text: 'unfreundlichen' })).toEqual([de]);
    expect(search({ text: 'peskow' })).toEqual([de]);
    expect(search({ text: 'Erwagen' })).toEqual([de]);
  });

  it('requires every word and honours quoted phrases and prefixes', async () => {
    const { store, db } = open();
    const [de, en] = await seed(store);
    const search = createArticleTextSearch(db);
    expect(search({ text: 'putin summit' })).toEqual([en]);
    expect(search({ text: '"steel tariffs"' })).toHaveLength(1);
    expect(search({ text: '"tariffs steel"' })).toEqual([]);
    expect(search({ text: 'gipfel*' })).toEqual([de]);
  });

  it('filters by language, source, topic and date range', async () => {
    const { store, db } = open();
    const [de, en, eu] = await seed(store);
    const search = createArticleTextSearch(db);
    expect(search({ text: 'putin' }).sort()).toEqual([de, en, eu].sort());
    expect(search({ text: 'putin', language: 'en' }).sort()).toEqual([en, eu].sort());
    expect(search({ text: 'putin', source: 'the meridian' }).sort()).toEqual([en, eu].sort());
    expect(search({ text: 'putin', topic: 'summits' }).sort()).toEqual([de, en].sort());
    expect(search({ text: 'putin', since: day(21), until: day(23) })).toEqual([en]);
    expect(search({ text: 'putin', limit: 1 })).toHaveLength(1);
    expect(search({ text: 'putin', since: day(1), until: day(5) })).toEqual([]);
  });

  it('ranks a title match above a passing mention, and the newer of two equal matches first', async () => {
    const { store, db } = open();
    const older = (await store.saveArticle(article({ title: 'Sanctions on Russia extended', publishedAt: day(10) }))).article.id;
    const mention = (
      await store.saveArticle(
        article({ title: 'Weather', body: 'Rain all week, unrelated to sanctions or anything else in the news today.', publishedAt: day(12) }),
      )
    ).article.id;
    const newer = (await store.saveArticle(article({ title: 'Sanctions on Russia extended', publishedAt: day(11) }))).article.id;
    expect(createArticleTextSearch(db)({ text: 'sanctions' })).toEqual([newer, older, mention]);
  });

  it('keeps the index in step when an article’s text changes, and not when only its story changes', async () => {
    const { store, db } = open();
    const id = (await store.saveArticle(kremlinCall)).article.id;
    const search = createArticleTextSearch(db);
    await store.saveArticle({ ...kremlinCall, title: 'Kreml bestätigt Telefonat', contentHash: 'changed' });
    expect(search({ text: 'Gipfeltreffen' })).toEqual([]);
    expect(search({ text: 'Telefonat' })).toEqual([id]);
    const story = await store.createStory({
      representativeArticleId: id,
      title: 't',
      url: null,
      summary: '',
      topics: [],
      quotes: [],
      sources: [],
      languages: [],
      articleIds: [id],
      firstSeenAt: day(20),
      updatedAt: day(20),
    });
    expect((await store.getArticle(id))!.storyId).toBe(story.id);
    expect(search({ text: 'Telefonat' })).toEqual([id]);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(search({ text: 'Telefonat' })).toEqual([]);
  });

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

describe('quote full-text search', () => {
  it('finds quotes and statements by their words or speaker, newest first', async () => {
    const { store, db } = open();
    const id = (await store.saveArticle(kremlinCall)).article.id;
    const quoteIds = (db.prepare('SELECT id FROM quotes WHERE article_id = ? ORDER BY id').all(id) as { id: number }[]).map((r) => r.id);
    const search = (text: string, limit: number) => createQuoteSearch(db)({ text, limit });
    expect(search('Aufmerksamkeit', 10)).toEqual([quoteIds[0]]);
    expect(search('peskow', 10)).toEqual([quoteIds[1]]);
    expect(search('"', 10)).toEqual([]);
    const later = (
      await store.saveArticle(
        article({
          publishedAt: new Date(kremlinCall.publishedAt.getTime() + 3_600_000),
          analysis: { quotes: [{ text: 'Wir schenken dem Thema Aufmerksamkeit', speaker: null, kind: 'direct', score: 0.4 }] },
        }),
      )
    ).article.id;
    const laterQuote = (db.prepare('SELECT id FROM quotes WHERE article_id = ?').get(later) as { id: number }).id;
    expect(search('aufmerksamkeit', 10)).toEqual([laterQuote, quoteIds[0]]);
    expect(search('aufmerksamkeit', 1)).toEqual([laterQuote]);
  });
});

describe('through the Store', () => {
  it('answers findArticles({ text }) with whole articles, best first, and an empty list for unsearchable text', async () => {
    const { store } = open();
    const [de] = await seed(store);
    expect((await store.findArticles({ text: 'Gipfeltreffen' })).map((a) => a.id)).toEqual([de]);
    expect((await store.findArticles({ text: 'NEAR(' })).map((a) => a.id)).toEqual([]);
    expect(await store.findArticles({ text: '"*"' })).toEqual([]);
  });

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
