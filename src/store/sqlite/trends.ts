import type { TrendRepository, TrendQuery } from '../types.js';
import type { SqliteDatabase } from './database.js';
import type { Sync } from './sync.js';

/**
 * Trend aggregates. Days are UTC calendar days of the first-seen time; each
 * query is a range scan on a first-seen index, so cost grows with the range,
 * not with the archive.
 */

const DAY = "strftime('%Y-%m-%d', first_seen_at / 1000, 'unixepoch')";
const MAX_TOPICS = 100;

function topicFilter(query: TrendQuery, column: string): { sql: string; params: string[] } {
  const topics = (query.topics ?? []).slice(0, MAX_TOPICS);
  if (topics.length === 0) return { sql: '', params: [] };
  return { sql: ` AND ${column} IN (${topics.map(() => '?').join(', ')})`, params: topics };
}

export function trendRepository(db: SqliteDatabase): Sync<TrendRepository> {
  return {
    storiesPerTopicPerDay(query) {
      const topics = topicFilter(query, "json_extract(t.value, '$.id')");
      const rows = db
        .prepare(
          `SELECT ${DAY} AS day, json_extract(t.value, '$.id') AS topic, count(*) AS stories
             FROM stories s, json_each(s.topics) t
            WHERE s.first_seen_at >= ? AND s.first_seen_at < ?${topics.sql}
            GROUP BY day, topic ORDER BY day, topic`,
        )
        .all(query.since.getTime(), query.until.getTime(), ...topics.params) as { day: string; topic: string; stories: number }[];
      return rows.map((row) => ({ day: row.day, topicId: row.topic, stories: row.stories }));
    },

    topSpeakersPerTopic(query) {
      const topics = topicFilter(query, 'at.topic_id');
      const rows = db
        .prepare(
          `SELECT topic_id, speaker, speaker_key, articles, quotes FROM (
             SELECT at.topic_id, max(q.speaker) AS speaker, q.speaker_key, count(DISTINCT q.article_id) AS articles, count(*) AS quotes,
                    row_number() OVER (PARTITION BY at.topic_id ORDER BY count(DISTINCT q.article_id) DESC, count(*) DESC, q.speaker_key) AS rank
               FROM articles a
               JOIN quotes q ON q.article_id = a.id
               JOIN article_topics at ON at.article_id = a.id
              WHERE a.first_seen_at >= ? AND a.first_seen_at < ? AND q.speaker_key IS NOT NULL AND q.speaker_key <> ''${topics.sql}
              GROUP BY at.topic_id, q.speaker_key)
           WHERE rank <= ? ORDER BY topic_id, rank`,
        )
        .all(query.since.getTime(), query.until.getTime(), ...topics.params, Math.max(1, Math.min(query.perTopic, 50))) as {
        topic_id: string;
        speaker: string;
        speaker_key: string;
        articles: number;
        quotes: number;
      }[];
      return rows.map((row) => ({ topicId: row.topic_id, speaker: row.speaker, speakerKey: row.speaker_key, articles: row.articles, quotes: row.quotes }));
    },

    feedVolumePerDay(query) {
      const rows = db
        .prepare(
          `SELECT ${DAY} AS day, feed_id, max(source) AS source, count(*) AS articles
             FROM articles WHERE first_seen_at >= ? AND first_seen_at < ?
            GROUP BY day, feed_id ORDER BY day, source`,
        )
        .all(query.since.getTime(), query.until.getTime()) as { day: string; feed_id: number | null; source: string; articles: number }[];
      return rows.map((row) => ({ day: row.day, feedId: row.feed_id, source: row.source, articles: row.articles }));
    },
  };
}
