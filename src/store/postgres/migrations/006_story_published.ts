/** Stories keep their publication time, the earliest member article's (SQLite's 006). */
export const migration006 = {
  version: 6,
  name: 'story-published',
  sql: `
ALTER TABLE stories ADD COLUMN published_at TIMESTAMPTZ;
UPDATE stories SET published_at = COALESCE((SELECT MIN(a.published_at) FROM articles a WHERE a.story_id = stories.id), first_seen_at);
`,
};
