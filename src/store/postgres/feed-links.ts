import type { Platform } from '../../core/index.js';
import type { FeedLink, FeedNotice, FeedRepository } from '../types.js';
import type { Db } from './db.js';

/** Which workspaces own which feeds, and the feed-health notices channels were given (migration 005). */

interface LinkRow {
  feed_id: number;
  platform: Platform;
  workspace_id: string;
  name: string | null;
  added_by: string | null;
  added_at: Date;
}

interface NoticeRow {
  platform: Platform;
  channel_id: string;
  feed_id: number;
  state: FeedNotice['state'];
  reason: string | null;
  notified_at: Date;
}

const linkFromRow = (row: LinkRow): FeedLink => ({
  feedId: row.feed_id,
  platform: row.platform,
  workspaceId: row.workspace_id,
  name: row.name,
  addedBy: row.added_by,
  addedAt: row.added_at,
});

const noticeFromRow = (row: NoticeRow): FeedNotice => ({
  platform: row.platform,
  channelId: row.channel_id,
  feedId: row.feed_id,
  state: row.state,
  reason: row.reason,
  notifiedAt: row.notified_at,
});

type LinkOps = Pick<FeedRepository, 'linkFeed' | 'unlinkFeed' | 'listFeedLinks' | 'listFeedNotices' | 'recordFeedNotice'>;

export function feedLinkRepository(db: Db): LinkOps {
  return {
    async linkFeed(link, at) {
      await db.execute(
        `INSERT INTO feed_workspaces (feed_id, platform, workspace_id, name, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (feed_id, platform, workspace_id) DO NOTHING`,
        [link.feedId, link.platform, link.workspaceId, link.name, link.addedBy, at],
      );
      const [row] = await db.query<LinkRow>('SELECT * FROM feed_workspaces WHERE feed_id = $1 AND platform = $2 AND workspace_id = $3', [
        link.feedId,
        link.platform,
        link.workspaceId,
      ]);
      return linkFromRow(row!);
    },
    async unlinkFeed(feedId, workspace) {
      return (
        (await db.execute('DELETE FROM feed_workspaces WHERE feed_id = $1 AND platform = $2 AND workspace_id = $3', [
          feedId,
          workspace.platform,
          workspace.workspaceId,
        ])) > 0
      );
    },
    async listFeedLinks(feedId) {
      const rows =
        feedId === undefined
          ? await db.query<LinkRow>('SELECT * FROM feed_workspaces ORDER BY feed_id, added_at, workspace_id COLLATE "C"')
          : await db.query<LinkRow>('SELECT * FROM feed_workspaces WHERE feed_id = $1 ORDER BY added_at, workspace_id COLLATE "C"', [feedId]);
      return rows.map(linkFromRow);
    },
    async listFeedNotices(platform, channelId) {
      const rows = await db.query<NoticeRow>('SELECT * FROM feed_notices WHERE platform = $1 AND channel_id = $2 ORDER BY feed_id', [platform, channelId]);
      return rows.map(noticeFromRow);
    },
    async recordFeedNotice(notice) {
      await db.execute(
        `INSERT INTO feed_notices (platform, channel_id, feed_id, state, reason, notified_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (platform, channel_id, feed_id) DO UPDATE SET state = excluded.state, reason = excluded.reason, notified_at = excluded.notified_at`,
        [notice.platform, notice.channelId, notice.feedId, notice.state, notice.reason, notice.notifiedAt],
      );
    },
  };
}
