/** Lookups the web dashboard makes (SQLite's 008). */
export const migration008 = {
  version: 8,
  name: 'dashboard',
  sql: `
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS deliveries_created ON deliveries (created_at);
`,
};
