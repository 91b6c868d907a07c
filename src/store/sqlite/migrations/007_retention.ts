/**
 * Retention: pruning deletes old articles in batches, then the stories they leave
 * empty and those stories' delivered markers, and old sent delivery parts. These
 * indexes keep each batch a handful of index lookups instead of table scans.
 */
export const migration007 = {
  version: 7,
  name: 'retention',
  sql: `
CREATE INDEX IF NOT EXISTS delivered_stories_story ON delivered_stories (story_id, delivered_at);
CREATE INDEX IF NOT EXISTS deliveries_sent ON deliveries (status, created_at);
`,
};
