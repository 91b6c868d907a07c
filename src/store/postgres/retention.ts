import type { RetentionRepository } from '../types.js';
import type { Db } from './db.js';

/**
 * One batch of pruning, in one transaction, like the SQLite engine's: the oldest
 * articles first seen before the cutoff (topics and quotes cascade, their
 * search vectors live in their rows), the stories they leave empty with those
 * stories' delivered markers, and sent delivery parts older than the cutoff.
 */
export function retentionRepository(db: Db): RetentionRepository {
  return {
    pruneBefore: (cutoff, limit) =>
      db.atomic(async (tx) => {
        const batch = Math.max(1, Math.floor(limit));
        const rows = await tx.query<{ id: number; story_id: number | null }>(
          'DELETE FROM articles WHERE id IN (SELECT id FROM articles WHERE first_seen_at < $1 ORDER BY first_seen_at LIMIT $2) RETURNING id, story_id',
          [cutoff, batch],
        );
        const storyIds = [...new Set(rows.map((r) => r.story_id).filter((id): id is number => id !== null))];
        let stories = 0;
        if (storyIds.length > 0) {
          // A story is only removed once it is empty and has not changed since the cutoff (never one being built right now).
          const removed = await tx.query<{ id: number }>(
            `DELETE FROM stories s WHERE s.id = ANY($1::bigint[]) AND s.updated_at < $2 AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)
             RETURNING s.id`,
            [storyIds, cutoff],
          );
          stories = removed.length;
          if (removed.length > 0) await tx.execute('DELETE FROM delivered_stories WHERE story_id = ANY($1::bigint[])', [removed.map((r) => r.id)]);
        }
        const deliveries = await tx.execute(
          "DELETE FROM deliveries WHERE id IN (SELECT id FROM deliveries WHERE status = 'sent' AND created_at < $1 ORDER BY created_at LIMIT $2)",
          [cutoff, batch],
        );
        return { articles: rows.length, stories, deliveries };
      }),
  };
}
