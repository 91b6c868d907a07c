/**
 * Stories keep their publication time (the earliest member article's), so a
 * digest shows when the story was published, not when it was first polled.
 * Existing stories take it from their articles, or from first_seen_at.
 */
export const migration006 = {
  version: 6,
  name: 'story-published',
  sql: `
ALTER TABLE stories ADD COLUMN published_at INTEGER;
UPDATE stories SET published_at = COALESCE((SELECT MIN(a.published_at) FROM articles a WHERE a.story_id = stories.id), first_seen_at);
`,
};
