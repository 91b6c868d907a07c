/** Indexes that keep each retention batch a handful of index lookups (SQLite's 007). */
export const migration007 = {
  version: 7,
  name: 'retention',
  sql: `
CREATE INDEX IF NOT EXISTS delivered_stories_story ON delivered_stories (story_id, delivered_at);
CREATE INDEX IF NOT EXISTS deliveries_sent ON deliveries (status, created_at);
`,
};
