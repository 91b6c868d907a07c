/**
 * Full-text search (SQLite's 002 uses FTS5): a tsvector column on articles and
 * on quotes, built with the article's language (german, english, french,
 * spanish; simple otherwise) by triggers, with GIN indexes. Weights: title A,
 * summary and speakers B, quotes C, body D (ranked like SQLite's bm25 weights).
 */
export const migration002 = {
  version: 2,
  name: 'search',
  sql: `
CREATE FUNCTION nd_ts_config(language TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE language
    WHEN 'de' THEN 'german'::regconfig
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'fr' THEN 'french'::regconfig
    WHEN 'es' THEN 'spanish'::regconfig
    ELSE 'simple'::regconfig END
$$;

ALTER TABLE articles ADD COLUMN search tsvector;
ALTER TABLE quotes ADD COLUMN search tsvector;

-- Quotes and reported statements both count as quotes for search; speakers once each.
CREATE FUNCTION nd_articles_search() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cfg regconfig := nd_ts_config(NEW.language);
  said TEXT;
  speakers TEXT;
BEGIN
  SELECT string_agg(e->>'text', E'\\n'), string_agg(DISTINCT e->>'speaker', ' ')
    INTO said, speakers
    FROM jsonb_array_elements(COALESCE(NEW.analysis->'quotes', '[]'::jsonb) || COALESCE(NEW.analysis->'statements', '[]'::jsonb)) e;
  NEW.search :=
    setweight(to_tsvector(cfg, COALESCE(NEW.title, '')), 'A') ||
    setweight(to_tsvector(cfg, COALESCE(NEW.summary, '')), 'B') ||
    setweight(to_tsvector(cfg, COALESCE(speakers, '')), 'B') ||
    setweight(to_tsvector(cfg, COALESCE(said, '')), 'C') ||
    setweight(to_tsvector(cfg, COALESCE(NEW.body, '')), 'D');
  RETURN NEW;
END
$$;

-- Only text changes reindex: attaching an article to a story must stay cheap.
CREATE TRIGGER articles_search_insert BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION nd_articles_search();
CREATE TRIGGER articles_search_update BEFORE UPDATE OF title, summary, body, analysis, language ON articles FOR EACH ROW EXECUTE FUNCTION nd_articles_search();
CREATE INDEX articles_search ON articles USING gin (search);

CREATE FUNCTION nd_quotes_search() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cfg regconfig := nd_ts_config((SELECT language FROM articles WHERE id = NEW.article_id));
BEGIN
  NEW.search := setweight(to_tsvector(cfg, NEW.text), 'A') || setweight(to_tsvector(cfg, COALESCE(NEW.speaker, '')), 'B');
  RETURN NEW;
END
$$;

CREATE TRIGGER quotes_search_insert BEFORE INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION nd_quotes_search();
CREATE TRIGGER quotes_search_update BEFORE UPDATE OF text, speaker ON quotes FOR EACH ROW EXECUTE FUNCTION nd_quotes_search();
CREATE INDEX quotes_search ON quotes USING gin (search);
`,
};
