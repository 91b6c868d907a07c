import type { Platform } from '../../core/index.js';
import type { FeedLink, FeedNotice, FeedRepository, WorkspaceScope } from '../types.js';
import type { Sync } from './sync.js';
import type { SqliteDatabase } from './database.js';
import { toDateStrict } from './rows.js';

/** Which workspaces own which feeds, and the feed-health notices channels were given (migration 005). */

interface LinkRow {
  feed_id: number;
  platform: Platform;
  workspace_id: string;
  name: string | null;
  added_by: string | null;
  added_at: number;
}

interface NoticeRow {
  platform: Platform;
  channel_id: string;
  feed_id: number;
  state: FeedNotice['state'];
  reason: string | null;
  notified_at: number;
}

const linkFromRow = (row: LinkRow): FeedLink => ({
  feedId: row.feed_id,
  platform: row.platform,
  workspaceId: row.workspace_id,
  name: row.name,
  addedBy: row.added_by,
  addedAt: toDateStrict(row.added_at),
});

const noticeFromRow = (row: NoticeRow): FeedNotice => ({
  platform: row.platform,
  channelId: row.channel_id,
  feedId: row.feed_id,
  state: row.state,
  reason: row.reason,
  notifiedAt: toDateStrict(row.notified_at),
});

type LinkOps = Pick<FeedRepository, 'linkFeed' | 'unlinkFeed' | 'listFeedLinks' | 'listFeedNotices' | 'recordFeedNotice'>;

export function feedLinkRepository(db: SqliteDatabase): Sync<LinkOps> {
  const insertLink = db.prepare(
    `INSERT INTO feed_workspaces (feed_id, platform, workspace_id, name, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (feed_id, platform, workspace_id) DO NOTHING`,
  );
  const oneLink = db.prepare('SELECT * FROM feed_workspaces WHERE feed_id = ? AND platform = ? AND workspace_id = ?');
  const upsertNotice = db.prepare(
    `INSERT INTO feed_notices (platform, channel_id, feed_id, state, reason, notified_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, channel_id, feed_id) DO UPDATE SET state = excluded.state, reason = excluded.reason, notified_at = excluded.notified_at`,
  );
  return {
    linkFeed(link, at) {
      insertLink.run(link.feedId, link.platform, link.workspaceId, link.name, link.addedBy, at.getTime());
      return linkFromRow(oneLink.get(link.feedId, link.platform, link.workspaceId) as LinkRow);
    },
    unlinkFeed(feedId: number, workspace: WorkspaceScope & { workspaceId: string }) {
      return (
        db.prepare('DELETE FROM feed_workspaces WHERE feed_id = ? AND platform = ? AND workspace_id = ?').run(feedId, workspace.platform, workspace.workspaceId)
          .changes > 0
      );
    },
    listFeedLinks(feedId?: number) {
      const rows =
        feedId === undefined
          ? db.prepare('SELECT * FROM feed_workspaces ORDER BY feed_id, added_at, workspace_id').all()
          : db.prepare('SELECT * FROM feed_workspaces WHERE feed_id = ? ORDER BY added_at, workspace_id').all(feedId);
      return (rows as LinkRow[]).map(linkFromRow);
    },
    listFeedNotices(platform, channelId) {
      return (db.prepare('SELECT * FROM feed_notices WHERE platform = ? AND channel_id = ? ORDER BY feed_id').all(platform, channelId) as NoticeRow[]).map(
        noticeFromRow,
      );
    },
    recordFeedNotice(notice) {
      upsertNotice.run(notice.platform, notice.channelId, notice.feedId, notice.state, notice.reason, notice.notifiedAt.getTime());
    },
  };
}
