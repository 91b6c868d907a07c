import type { TrendQuery, TrendRepository } from '../types.js';
import { Params, count, type Db } from './db.js';

/** Trend aggregates: days are UTC calendar days of the first-seen time, like the SQLite engine's. */

const day = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
const MAX_TOPICS = 100;

function topicFilter(query: TrendQuery, column: string, p: Params): string {
  const topics = (query.topics ?? []).slice(0, MAX_TOPICS);
  return topics.length === 0 ? '' : ` AND ${column} = ANY(${p.add(topics)}::text[])`;
}

export function trendRepository(db: Db): TrendRepository {
  return {
    async storiesPerTopicPerDay(query) {
      const p = new Params();
      const range = `s.first_seen_at >= ${p.add(query.since)} AND s.first_seen_at < ${p.add(query.until)}`;
      const rows = await db.query<{ day: string; topic: string; stories: string }>(
        `SELECT ${day('s.first_seen_at')} AS day, t.value->>'id' AS topic, count(*) AS stories
           FROM stories s CROSS JOIN LATERAL jsonb_array_elements(s.topics) AS t (value)
          WHERE ${range}${topicFilter(query, "t.value->>'id'", p)}
          GROUP BY 1, 2 ORDER BY 1, (t.value->>'id') COLLATE "C"`,
        p.values,
      );
      return rows.map((row) => ({ day: row.day, topicId: row.topic, stories: count(row.stories) }));
    },

    async topSpeakersPerTopic(query) {
      const p = new Params();
      const range = `a.first_seen_at >= ${p.add(query.since)} AND a.first_seen_at < ${p.add(query.until)}`;
      const topics = topicFilter(query, 'at.topic_id', p);
      const perTopic = p.add(Math.max(1, Math.min(query.perTopic, 50)));
      const rows = await db.query<{ topic_id: string; speaker: string; speaker_key: string; articles: string; quotes: string }>(
        `SELECT topic_id, speaker, speaker_key, articles, quotes FROM (
           SELECT at.topic_id, max(q.speaker COLLATE "C") AS speaker, q.speaker_key, count(DISTINCT q.article_id) AS articles, count(*) AS quotes,
                  row_number() OVER (PARTITION BY at.topic_id ORDER BY count(DISTINCT q.article_id) DESC, count(*) DESC, q.speaker_key COLLATE "C") AS rank
             FROM articles a
             JOIN quotes q ON q.article_id = a.id
             JOIN article_topics at ON at.article_id = a.id
            WHERE ${range} AND q.speaker_key IS NOT NULL AND q.speaker_key <> ''${topics}
            GROUP BY at.topic_id, q.speaker_key) ranked
         WHERE rank <= ${perTopic} ORDER BY topic_id COLLATE "C", rank`,
        p.values,
      );
      return rows.map((row) => ({
        topicId: row.topic_id,
        speaker: row.speaker,
        speakerKey: row.speaker_key,
        articles: count(row.articles),
        quotes: count(row.quotes),
      }));
    },

    async feedVolumePerDay(query) {
      const rows = await db.query<{ day: string; feed_id: number | null; source: string; articles: string }>(
        `SELECT ${day('first_seen_at')} AS day, feed_id, max(source COLLATE "C") AS source, count(*) AS articles
           FROM articles WHERE first_seen_at >= $1 AND first_seen_at < $2
          GROUP BY 1, feed_id ORDER BY 1, max(source COLLATE "C")`,
        [query.since, query.until],
      );
      return rows.map((row) => ({ day: row.day, feedId: row.feed_id, source: row.source, articles: count(row.articles) }));
    },
  };
}
