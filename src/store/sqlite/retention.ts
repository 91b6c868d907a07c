import type { PruneResult, RetentionRepository } from '../types.js';
import type { SqliteDatabase } from './database.js';
import type { Sync } from './sync.js';

/**
 * One batch of pruning, in one transaction: the oldest articles first seen before
 * the cutoff (their topics and quotes cascade, the FTS triggers drop their search
 * rows), the stories those articles leave empty together with their
 * delivered-story markers (so a reused story id is never taken as "already
 * delivered"), and sent delivery parts older than the cutoff. Pending parts are never touched.
 */
export function retentionRepository(db: SqliteDatabase): Sync<RetentionRepository> {
  const oldest = db.prepare('SELECT id, story_id FROM articles WHERE first_seen_at < ? ORDER BY first_seen_at LIMIT ?');
  const deleteArticle = db.prepare('DELETE FROM articles WHERE id = ?');
  // A story is only removed once it is empty and has not changed since the cutoff (never one being built right now).
  const deleteEmptyStory = db.prepare('DELETE FROM stories WHERE id = ? AND updated_at < ? AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = ?)');
  const deleteMarkers = db.prepare('DELETE FROM delivered_stories WHERE story_id = ?');
  const deleteSentParts = db.prepare(
    "DELETE FROM deliveries WHERE id IN (SELECT id FROM deliveries WHERE status = 'sent' AND created_at < ? ORDER BY created_at LIMIT ?)",
  );

  const pruneBatch = db.transaction((cutoff: number, limit: number): PruneResult => {
    const rows = oldest.all(cutoff, limit) as { id: number; story_id: number | null }[];
    for (const row of rows) deleteArticle.run(row.id);
    let stories = 0;
    for (const storyId of new Set(rows.map((r) => r.story_id).filter((id): id is number => id !== null))) {
      if (deleteEmptyStory.run(storyId, cutoff, storyId).changes > 0) {
        stories += 1;
        deleteMarkers.run(storyId);
      }
    }
    const deliveries = deleteSentParts.run(cutoff, limit).changes;
    return { articles: rows.length, stories, deliveries };
  });

  return {
    pruneBefore: (cutoff, limit) => pruneBatch(cutoff.getTime(), Math.max(1, Math.floor(limit))),
  };
}
