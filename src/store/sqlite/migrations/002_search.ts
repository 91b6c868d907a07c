/**
 * Full-text search: FTS5 indexes over articles (title, summary, body, quotes,
 * speakers) and over quotes, kept in step with their tables by triggers.
 * Contentless (the text already lives in `articles`/`quotes`), so the index
 * stores only postings; rowid is the article id / quote id.
 */

// Quotes and reported statements both count as "quotes" for search; speakers once each.
const quoteText = (row: string) => `(SELECT group_concat(t, char(10)) FROM (
    SELECT json_extract(value, '$.text') AS t FROM json_each(${row}.analysis, '$.quotes')
    UNION ALL SELECT json_extract(value, '$.text') FROM json_each(${row}.analysis, '$.statements')))`;
const speakerText = (row: string) => `(SELECT group_concat(DISTINCT s) FROM (
    SELECT json_extract(value, '$.speaker') AS s FROM json_each(${row}.analysis, '$.quotes')
    UNION ALL SELECT json_extract(value, '$.speaker') FROM json_each(${row}.analysis, '$.statements')))`;

const indexArticle = (row: string) =>
  `INSERT INTO articles_fts (rowid, title, summary, body, quotes, speakers)
   VALUES (${row}.id, ${row}.title, ${row}.summary, ${row}.body, ${quoteText(row)}, ${speakerText(row)});`;

export const migration002 = {
  version: 2,
  name: 'search',
  sql: `
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, summary, body, quotes, speakers,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  ${indexArticle('new')}
END;

-- Only text changes reindex: attaching an article to a story must stay cheap.
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, body, analysis ON articles BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
  ${indexArticle('new')}
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
END;

INSERT INTO articles_fts (rowid, title, summary, body, quotes, speakers)
  SELECT a.id, a.title, a.summary, a.body, ${quoteText('a')}, ${speakerText('a')} FROM articles a;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, speaker,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
  DELETE FROM quotes_fts WHERE rowid = old.id;
  INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  DELETE FROM quotes_fts WHERE rowid = old.id;
END;

INSERT INTO quotes_fts (rowid, text, speaker) SELECT id, text, speaker FROM quotes;
`,
};
