/** Feeds per workspace, feed subscriptions, filters, threads and role alerts (SQLite's 005). */
export const migration005 = {
  version: 5,
  name: 'workspaces',
  sql: `
ALTER TABLE feeds ADD COLUMN shared BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE feeds SET shared = TRUE WHERE origin = 'config';

CREATE TABLE feed_workspaces (
  feed_id BIGINT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  workspace_id TEXT NOT NULL,
  name TEXT,
  added_by TEXT,
  added_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (feed_id, platform, workspace_id)
);
CREATE INDEX feed_workspaces_workspace ON feed_workspaces (platform, workspace_id, feed_id);

INSERT INTO feed_workspaces (feed_id, platform, workspace_id, name, added_by, added_at)
  SELECT DISTINCT f.id, s.platform, s.workspace_id, NULL::text, f.added_by, f.created_at
  FROM feeds f JOIN subscriptions s ON s.created_by = f.added_by
  WHERE f.origin = 'chat' AND f.added_by IS NOT NULL AND s.workspace_id IS NOT NULL
  ON CONFLICT DO NOTHING;

ALTER TABLE subscriptions ADD COLUMN feeds JSONB NOT NULL DEFAULT '[]';
ALTER TABLE subscriptions ADD COLUMN filters JSONB NOT NULL DEFAULT '{}';
ALTER TABLE subscriptions ADD COLUMN layout TEXT NOT NULL DEFAULT 'plain' CHECK (layout IN ('plain', 'threads', 'forum'));
ALTER TABLE subscriptions ADD COLUMN mention_role_id TEXT;

ALTER TABLE deliveries ADD COLUMN thread_of_part INTEGER;

CREATE TABLE feed_notices (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  feed_id BIGINT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  state TEXT NOT NULL CHECK (state IN ('disabled', 'recovered')),
  reason TEXT,
  notified_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (platform, channel_id, feed_id)
);
`,
};
