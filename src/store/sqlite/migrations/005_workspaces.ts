/**
 * Feeds per workspace, feed subscriptions, filters, threads and role alerts
 * (issue 14). A feed added from chat belongs to the workspaces linked to it;
 * config feeds are shared. Feeds added from chat before this migration get
 * the workspaces where the same user created subscriptions (best effort);
 * any left without one are visible only to the operator (CLI) until linked.
 */
export const migration005 = {
  version: 5,
  name: 'workspaces',
  sql: `
ALTER TABLE feeds ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
UPDATE feeds SET shared = 1 WHERE origin = 'config';

CREATE TABLE feed_workspaces (
  feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  workspace_id TEXT NOT NULL,
  name TEXT,
  added_by TEXT,
  added_at INTEGER NOT NULL,
  PRIMARY KEY (feed_id, platform, workspace_id)
) WITHOUT ROWID;
CREATE INDEX feed_workspaces_workspace ON feed_workspaces (platform, workspace_id, feed_id);

INSERT OR IGNORE INTO feed_workspaces (feed_id, platform, workspace_id, name, added_by, added_at)
  SELECT DISTINCT f.id, s.platform, s.workspace_id, NULL, f.added_by, f.created_at
  FROM feeds f JOIN subscriptions s ON s.created_by = f.added_by
  WHERE f.origin = 'chat' AND f.added_by IS NOT NULL AND s.workspace_id IS NOT NULL;

ALTER TABLE subscriptions ADD COLUMN feeds TEXT NOT NULL DEFAULT '[]';
ALTER TABLE subscriptions ADD COLUMN filters TEXT NOT NULL DEFAULT '{}';
ALTER TABLE subscriptions ADD COLUMN layout TEXT NOT NULL DEFAULT 'plain' CHECK (layout IN ('plain', 'threads', 'forum'));
ALTER TABLE subscriptions ADD COLUMN mention_role_id TEXT;

ALTER TABLE deliveries ADD COLUMN thread_of_part INTEGER;

CREATE TABLE feed_notices (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  state TEXT NOT NULL CHECK (state IN ('disabled', 'recovered')),
  reason TEXT,
  notified_at INTEGER NOT NULL,
  PRIMARY KEY (platform, channel_id, feed_id)
) WITHOUT ROWID;
`,
};
