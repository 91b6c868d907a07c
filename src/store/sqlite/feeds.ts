import type { Feed, FeedFilter, FeedRepository, FeedStatePatch, NewFeed } from '../types.js';
import { feedLinkRepository } from './feed-links.js';
import type { Sync } from './sync.js';
import type { SqliteDatabase } from './database.js';
import { toDate, toDateStrict, toFlag, toMillis } from './rows.js';

interface FeedRow {
  id: number;
  url: string;
  name: string;
  language: string | null;
  full_text: Feed['fullText'];
  origin: Feed['origin'];
  added_by: string | null;
  shared: number;
  enabled: number;
  disabled_reason: string | null;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  last_fetched_at: number | null;
  last_status: string | null;
  consecutive_failures: number;
  next_fetch_at: number | null;
  parse_note: string | null;
  created_at: number;
}

const fromRow = (row: FeedRow): Feed => ({
  id: row.id,
  url: row.url,
  name: row.name,
  language: row.language,
  fullText: row.full_text,
  origin: row.origin,
  shared: row.shared === 1,
  addedBy: row.added_by,
  enabled: row.enabled === 1,
  disabledReason: row.disabled_reason,
  etag: row.etag,
  lastModified: row.last_modified,
  bodyHash: row.body_hash,
  lastFetchedAt: toDate(row.last_fetched_at),
  lastStatus: row.last_status,
  consecutiveFailures: row.consecutive_failures,
  nextFetchAt: toDate(row.next_fetch_at),
  parseNote: row.parse_note,
  createdAt: toDateStrict(row.created_at),
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

const patchValue = (value: unknown): unknown => {
  if (value instanceof Date) return toMillis(value);
  if (typeof value === 'boolean') return toFlag(value);
  return value ?? null;
};

export const defaultFeedName = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

export function feedRepository(db: SqliteDatabase): Sync<FeedRepository> {
  const byId = db.prepare('SELECT * FROM feeds WHERE id = ?');
  const byUrl = db.prepare('SELECT * FROM feeds WHERE url = ?');
  const insert = db.prepare(
    `INSERT INTO feeds (url, name, language, full_text, origin, added_by, shared, created_at)
     VALUES (@url, @name, @language, @fullText, @origin, @addedBy, @shared, @createdAt)
     ON CONFLICT (url) DO UPDATE SET
       name = COALESCE(@explicitName, feeds.name),
       language = COALESCE(@language, feeds.language),
       full_text = @fullText,
       shared = MAX(feeds.shared, @shared)`,
  );

  const getFeed = (id: number): Feed | null => {
    const row = byId.get(id) as FeedRow | undefined;
    return row ? fromRow(row) : null;
  };

  return {
    upsertFeed(feed: NewFeed, now: Date): Feed {
      insert.run({
        url: feed.url,
        name: feed.name ?? defaultFeedName(feed.url),
        explicitName: feed.name ?? null,
        language: feed.language ?? null,
        fullText: feed.fullText ?? 'auto',
        origin: feed.origin ?? 'config',
        addedBy: feed.addedBy ?? null,
        shared: toFlag(feed.shared ?? (feed.origin ?? 'config') === 'config'),
        createdAt: now.getTime(),
      });
      return fromRow(byUrl.get(feed.url) as FeedRow);
    },
    getFeed,
    getFeedByUrl(url: string): Feed | null {
      const row = byUrl.get(url) as FeedRow | undefined;
      return row ? fromRow(row) : null;
    },
    listFeeds(filter: FeedFilter = {}): Feed[] {
      const where: string[] = [];
      const values: unknown[] = [];
      if (filter.visibleTo) {
        const { platform, workspaceId } = filter.visibleTo;
        if (workspaceId === null) where.push('shared = 1');
        else {
          where.push('(shared = 1 OR id IN (SELECT feed_id FROM feed_workspaces WHERE platform = ? AND workspace_id = ?))');
          values.push(platform, workspaceId);
        }
      }
      if (filter.ownedBy) {
        where.push('id IN (SELECT feed_id FROM feed_workspaces WHERE platform = ? AND workspace_id = ?)');
        values.push(filter.ownedBy.platform, filter.ownedBy.workspaceId);
      }
      const sql = `SELECT * FROM feeds${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
      return (db.prepare(sql).all(...values) as FeedRow[]).map(fromRow);
    },
    updateFeedState(id: number, patch: FeedStatePatch): Feed {
      const entries = Object.entries(patch).filter(([key]) => key in PATCH_COLUMNS) as [keyof FeedStatePatch, unknown][];
      if (entries.length > 0) {
        const sets = entries.map(([key]) => `${PATCH_COLUMNS[key]} = ?`).join(', ');
        db.prepare(`UPDATE feeds SET ${sets} WHERE id = ?`).run(...entries.map(([, value]) => patchValue(value)), id);
      }
      const feed = getFeed(id);
      if (!feed) throw new Error(`No feed with id ${id}.`);
      return feed;
    },
    removeFeed(id: number): boolean {
      return db.prepare('DELETE FROM feeds WHERE id = ?').run(id).changes > 0;
    },
    ...feedLinkRepository(db),
  };
}
