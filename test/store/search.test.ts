import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/core/index.js';
import type { NewArticle, Store } from '../../src/store/index.js';
import { migrate, migrations, openDatabase, sqliteStore, type SqliteDatabase } from '../../src/store/sqlite/index.js';
import { createArticleTextSearch, createQuoteTextSearch, toMatchExpression } from '../../src/store/sqlite/search.js';

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
function article(fields: Partial<NewArticle> & { analysis?: Partial<ArticleAnalysis> }): NewArticle {
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

function seed(store: Store): number[] {
  return [kremlinCall, meridianCall, tariffs].map((a) => store.saveArticle(a).article.id);
}

describe('article full-text search', () => {
  it('finds words in the title, summary, body, quotes and speakers, ignoring case and accents', () => {
    const { store, db } = open();
    const [de, en] = seed(store);
    const search = createArticleTextSearch(db);
    expect(search({ text: 'GIPFELTREFFEN' })).toEqual([de]);
    expect(search({ text: 'wahlsieg' })).toEqual([de]);
    expect(search({ text: 'arms race' })).toEqual([en]);
    expect(search({ text: 'Aufmerksamkeit' })).toEqual([de]);
    expect(search({ text: 'unfreundlichen' })).toEqual([de]);
    expect(search({ text: 'peskow' })).toEqual([de]);
    expect(search({ text: 'Erwagen' })).toEqual([de]);
  });

  it('requires every word and honours quoted phrases and prefixes', () => {
    const { store, db } = open();
    const [de, en] = seed(store);
    const search = createArticleTextSearch(db);
    expect(search({ text: 'putin summit' })).toEqual([en]);
    expect(search({ text: '"steel tariffs"' })).toHaveLength(1);
    expect(search({ text: '"tariffs steel"' })).toEqual([]);
    expect(search({ text: 'gipfel*' })).toEqual([de]);
  });

  it('filters by language, source, topic and date range', () => {
    const { store, db } = open();
    const [de, en, eu] = seed(store);
    const search = createArticleTextSearch(db);
    expect(search({ text: 'putin' }).sort()).toEqual([de, en, eu].sort());
    expect(search({ text: 'putin', language: 'en' }).sort()).toEqual([en, eu].sort());
    expect(search({ text: 'putin', source: 'the meridian' }).sort()).toEqual([en, eu].sort());
    expect(search({ text: 'putin', topic: 'summits' }).sort()).toEqual([de, en].sort());
    expect(search({ text: 'putin', since: day(21), until: day(23) })).toEqual([en]);
    expect(search({ text: 'putin', limit: 1 })).toHaveLength(1);
  });

  it('ranks a title match above a passing mention, and the newer of two equal matches first', () => {
    const { store, db } = open();
    const older = store.saveArticle(article({ title: 'Sanctions on Russia extended', publishedAt: day(10) })).article.id;
    const mention = store.saveArticle(article({ title: 'Weather', body: 'Rain all week, unrelated to sanctions or anything else in the news today.', publishedAt: day(12) })).article.id;
    const newer = store.saveArticle(article({ title: 'Sanctions on Russia extended', publishedAt: day(11) })).article.id;
    expect(createArticleTextSearch(db)({ text: 'sanctions' })).toEqual([newer, older, mention]);
  });

  it('keeps the index in step when an article’s text changes, and not when only its story changes', () => {
    const { store, db } = open();
    const id = store.saveArticle(kremlinCall).article.id;
    const search = createArticleTextSearch(db);
    store.saveArticle({ ...kremlinCall, title: 'Kreml bestätigt Telefonat', contentHash: 'changed' });
    expect(search({ text: 'Gipfeltreffen' })).toEqual([]);
    expect(search({ text: 'Telefonat' })).toEqual([id]);
    const story = store.createStory({ representativeArticleId: id, title: 't', url: null, summary: '', topics: [], quotes: [], sources: [], languages: [], articleIds: [id], firstSeenAt: day(20), updatedAt: day(20) });
    expect(store.getArticle(id)!.storyId).toBe(story.id);
    expect(search({ text: 'Telefonat' })).toEqual([id]);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(search({ text: 'Telefonat' })).toEqual([]);
  });

  it('indexes articles stored before the search migration', () => {
    const path = tempDb();
    const old = new Database(path);
    migrate(old, migrations.filter((m) => m.version < 2));
    sqliteStore(old).saveArticle({ ...tariffs, analysis: { ...tariffs.analysis, quotes: [] } });
    old.close();
    db = openDatabase(path);
    expect(createArticleTextSearch(db)({ text: 'tariffs' })).toHaveLength(1);
  });

  it('turns hostile or malformed input into an empty result or words, never an SQL error', () => {
    const { store, db } = open();
    seed(store);
    const search = createArticleTextSearch(db);
    const inputs = ['"', '"putin', 'NEAR(putin trump)', 'title:putin', '*', 'putin OR', 'AND', '(', ')', '^putin', '-putin', "putin'; DROP TABLE articles; --", '\u0000', '{title body}: putin', 'x'.repeat(5000), '" OR "" "'];
    for (const text of inputs) expect(() => search({ text })).not.toThrow();
    expect(search({ text: '*' })).toEqual([]);
    expect(search({ text: '"putin' })).toHaveLength(3);
    expect(search({ text: 'title:putin' })).toEqual([]);
    expect(store.countArticles()).toBe(3);
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
  it('finds quotes and statements by their words or speaker, newest first', () => {
    const { store, db } = open();
    const id = store.saveArticle(kremlinCall).article.id;
    const quoteIds = (db.prepare('SELECT id FROM quotes WHERE article_id = ? ORDER BY id').all(id) as { id: number }[]).map((r) => r.id);
    const search = createQuoteTextSearch(db);
    expect(search('Aufmerksamkeit', 10)).toEqual([quoteIds[0]]);
    expect(search('peskow', 10)).toEqual([quoteIds[1]]);
    expect(search('"', 10)).toEqual([]);
    const later = store.saveArticle(article({ analysis: { quotes: [{ text: 'Wir schenken dem Thema Aufmerksamkeit', speaker: null, kind: 'direct', score: 0.4 }] } })).article.id;
    const laterQuote = (db.prepare('SELECT id FROM quotes WHERE article_id = ?').get(later) as { id: number }).id;
    expect(search('aufmerksamkeit', 10)).toEqual([laterQuote, quoteIds[0]]);
    expect(search('aufmerksamkeit', 1)).toEqual([laterQuote]);
  });
});
