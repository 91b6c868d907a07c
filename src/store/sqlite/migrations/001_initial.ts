/** Feeds with fetch state, articles with analysis, stories, subscriptions and deliveries. Times are epoch milliseconds. */
export const migration001 = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  language TEXT,
  full_text TEXT NOT NULL DEFAULT 'auto' CHECK (full_text IN ('auto', 'always', 'never')),
  origin TEXT NOT NULL DEFAULT 'config' CHECK (origin IN ('config', 'chat')),
  added_by TEXT,
  enabled INTEGER NOT NULL DEFAULT 1,
  disabled_reason TEXT,
  etag TEXT,
  last_modified TEXT,
  body_hash TEXT,
  last_fetched_at INTEGER,
  last_status TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  next_fetch_at INTEGER,
  created_at INTEGER NOT NULL
);

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  representative_article_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  url TEXT,
  summary TEXT NOT NULL,
  topics TEXT NOT NULL,
  quotes TEXT NOT NULL,
  sources TEXT NOT NULL,
  languages TEXT NOT NULL,
  first_seen_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX stories_first_seen ON stories (first_seen_at);
CREATE INDEX stories_updated ON stories (updated_at);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  feed_id INTEGER REFERENCES feeds (id) ON DELETE SET NULL,
  guid TEXT NOT NULL UNIQUE,
  url TEXT,
  canonical_url TEXT,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  source TEXT NOT NULL,
  language TEXT NOT NULL,
  summary TEXT NOT NULL,
  published_at INTEGER NOT NULL,
  first_seen_at INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  analysis TEXT NOT NULL,
  story_id INTEGER REFERENCES stories (id) ON DELETE SET NULL
);
CREATE INDEX articles_canonical_url ON articles (canonical_url);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published_at);
CREATE INDEX articles_first_seen ON articles (first_seen_at);
CREATE INDEX articles_story ON articles (story_id);

CREATE TABLE article_topics (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  topic_id TEXT NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY (article_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX article_topics_topic ON article_topics (topic_id, article_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  speaker TEXT,
  speaker_key TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
  score REAL NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker_key ON quotes (speaker_key, article_id);

CREATE TABLE subscriptions (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console')),
  workspace_id TEXT,
  channel_id TEXT NOT NULL,
  topics TEXT NOT NULL,
  schedule TEXT NOT NULL,
  timezone TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('digest', 'instant')),
  language TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
  paused_reason TEXT,
  webhook_url TEXT,
  created_by TEXT,
  created_at INTEGER NOT NULL,
  watermark INTEGER
);
CREATE INDEX subscriptions_channel ON subscriptions (platform, channel_id);

CREATE TABLE delivered_stories (
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  story_id INTEGER NOT NULL,
  delivered_at INTEGER NOT NULL,
  PRIMARY KEY (subscription_id, story_id)
) WITHOUT ROWID;

CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY,
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  idempotency_key TEXT NOT NULL UNIQUE,
  period_key TEXT NOT NULL,
  part INTEGER NOT NULL,
  part_count INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  payload TEXT NOT NULL,
  platform_message_id TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  sent_at INTEGER
);
CREATE INDEX deliveries_pending ON deliveries (status, subscription_id);
CREATE INDEX deliveries_period ON deliveries (subscription_id, period_key);
`,
};
