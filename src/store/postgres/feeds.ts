import type { Feed, FeedFilter, FeedRepository, FeedStatePatch, NewFeed } from '../types.js';
import { feedLinkRepository } from './feed-links.js';
import { Params, type Db } from './db.js';

interface FeedRow {
  id: number;
  url: string;
  name: string;
  language: string | null;
  full_text: Feed['fullText'];
  origin: Feed['origin'];
  added_by: string | null;
  shared: boolean;
  enabled: boolean;
  disabled_reason: string | null;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  last_fetched_at: Date | null;
  last_status: string | null;
  consecutive_failures: number;
  next_fetch_at: Date | null;
  parse_note: string | null;
  created_at: Date;
}

const fromRow = (row: FeedRow): Feed => ({
  id: row.id,
  url: row.url,
  name: row.name,
  language: row.language,
  fullText: row.full_text,
  origin: row.origin,
  shared: row.shared,
  addedBy: row.added_by,
  enabled: row.enabled,
  disabledReason: row.disabled_reason,
  etag: row.etag,
  lastModified: row.last_modified,
  bodyHash: row.body_hash,
  lastFetchedAt: row.last_fetched_at,
  lastStatus: row.last_status,
  consecutiveFailures: row.consecutive_failures,
  nextFetchAt: row.next_fetch_at,
  parseNote: row.parse_note,
  createdAt: row.created_at,
});

const PATCH_COLUMNS: Record<keyof FeedStatePatch, string> = {
  enabled: 'enabled',
  disabledReason: 'disabled_reason',
  etag: 'etag',
  lastModified: 'last_modified',
  bodyHash: 'body_hash',
  lastFetchedAt: 'last_fetched_at',
  lastStatus: 'last_status',
  consecutiveFailures: 'consecutive_failures',
  nextFetchAt: 'next_fetch_at',
  name: 'name',
  parseNote: 'parse_note',
  shared: 'shared',
};

export const defaultFeedName = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

export function feedRepository(db: Db): FeedRepository {
  const getFeed = async (id: number): Promise<Feed | null> => {
    const [row] = await db.query<FeedRow>('SELECT * FROM feeds WHERE id = $1', [id]);
    return row ? fromRow(row) : null;
  };

  return {
    async upsertFeed(feed: NewFeed, now: Date) {
      const [row] = await db.query<FeedRow>(
        `INSERT INTO feeds (url, name, language, full_text, origin, added_by, shared, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (url) DO UPDATE SET
           name = COALESCE($9, feeds.name),
           language = COALESCE($3, feeds.language),
           full_text = $4,
           shared = feeds.shared OR $7
         RETURNING *`,
        [
          feed.url,
          feed.name ?? defaultFeedName(feed.url),
          feed.language ?? null,
          feed.fullText ?? 'auto',
          feed.origin ?? 'config',
          feed.addedBy ?? null,
          feed.shared ?? (feed.origin ?? 'config') === 'config',
          now,
          feed.name ?? null,
        ],
      );
      return fromRow(row!);
    },
    getFeed,
    async getFeedByUrl(url) {
      const [row] = await db.query<FeedRow>('SELECT * FROM feeds WHERE url = $1', [url]);
      return row ? fromRow(row) : null;
    },
    async listFeeds(filter: FeedFilter = {}) {
      const where: string[] = [];
      const p = new Params();
      if (filter.visibleTo) {
        const { platform, workspaceId } = filter.visibleTo;
        if (workspaceId === null) where.push('shared');
        else where.push(`(shared OR id IN (SELECT feed_id FROM feed_workspaces WHERE platform = ${p.add(platform)} AND workspace_id = ${p.add(workspaceId)}))`);
      }
      if (filter.ownedBy) {
        where.push(
          `id IN (SELECT feed_id FROM feed_workspaces WHERE platform = ${p.add(filter.ownedBy.platform)} AND workspace_id = ${p.add(filter.ownedBy.workspaceId)})`,
        );
      }
      const sql = `SELECT * FROM feeds${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
      return (await db.query<FeedRow>(sql, p.values)).map(fromRow);
    },
    async updateFeedState(id, patch) {
      const entries = Object.entries(patch).filter(([key]) => key in PATCH_COLUMNS) as [keyof FeedStatePatch, unknown][];
      if (entries.length > 0) {
        const p = new Params();
        const sets = entries.map(([key, value]) => `${PATCH_COLUMNS[key]} = ${p.add(value ?? null)}`).join(', ');
        await db.execute(`UPDATE feeds SET ${sets} WHERE id = ${p.add(id)}`, p.values);
      }
      const feed = await getFeed(id);
      if (!feed) throw new Error(`No feed with id ${id}.`);
      return feed;
    },
    async removeFeed(id) {
      return (await db.execute('DELETE FROM feeds WHERE id = $1', [id])) > 0;
    },
    ...feedLinkRepository(db),
  };
}
