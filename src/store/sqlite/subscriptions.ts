import type { Subscription, SubscriptionFilters } from '../../core/index.js';
import type { NewSubscription, SubscriptionFilter, SubscriptionPatch, SubscriptionRepository } from '../types.js';
import type { Sync } from './sync.js';
import type { SqliteDatabase } from './database.js';
import { filtersFrom } from '../row-values.js';
import { fromJson, toDate, toDateStrict, toJson } from './rows.js';

interface SubscriptionRow {
  id: number;
  platform: Subscription['platform'];
  workspace_id: string | null;
  channel_id: string;
  topics: string;
  schedule: string;
  timezone: string;
  mode: Subscription['mode'];
  language: string;
  status: Subscription['status'];
  paused_reason: string | null;
  webhook_url: string | null;
  created_by: string | null;
  created_at: number;
  watermark: number | null;
  feeds: string;
  filters: string;
  layout: NonNullable<Subscription['layout']>;
  mention_role_id: string | null;
}

const fromRow = (row: SubscriptionRow): Subscription => ({
  id: row.id,
  platform: row.platform,
  workspaceId: row.workspace_id,
  channelId: row.channel_id,
  topics: fromJson<string[]>(row.topics),
  schedule: row.schedule,
  timezone: row.timezone,
  mode: row.mode,
  language: row.language,
  status: row.status,
  pausedReason: row.paused_reason,
  webhookUrl: row.webhook_url,
  createdBy: row.created_by,
  createdAt: toDateStrict(row.created_at),
  watermark: toDate(row.watermark),
  feeds: fromJson<number[]>(row.feeds),
  filters: filtersFrom(fromJson<Partial<SubscriptionFilters>>(row.filters)),
  layout: row.layout,
  mentionRoleId: row.mention_role_id,
});

const PATCH_COLUMNS: Record<keyof SubscriptionPatch, (value: unknown) => [string, unknown]> = {
  topics: (v) => ['topics', toJson(v)],
  schedule: (v) => ['schedule', v],
  timezone: (v) => ['timezone', v],
  mode: (v) => ['mode', v],
  language: (v) => ['language', v],
  webhookUrl: (v) => ['webhook_url', v ?? null],
  status: (v) => ['status', v],
  pausedReason: (v) => ['paused_reason', v ?? null],
  watermark: (v) => ['watermark', v instanceof Date ? v.getTime() : null],
  feeds: (v) => ['feeds', toJson(v ?? [])],
  filters: (v) => ['filters', toJson(filtersFrom(v as SubscriptionFilters))],
  layout: (v) => ['layout', v ?? 'plain'],
  mentionRoleId: (v) => ['mention_role_id', v ?? null],
};

export function subscriptionRepository(db: SqliteDatabase): Sync<SubscriptionRepository> {
  const byId = db.prepare('SELECT * FROM subscriptions WHERE id = ?');
  const getSubscription = (id: number): Subscription | null => {
    const row = byId.get(id) as SubscriptionRow | undefined;
    return row ? fromRow(row) : null;
  };
  const markDelivered = db.prepare('INSERT OR IGNORE INTO delivered_stories (subscription_id, story_id, delivered_at) VALUES (?, ?, ?)');

  return {
    createSubscription(sub: NewSubscription): Subscription {
      const result = db
        .prepare(
          `INSERT INTO subscriptions (platform, workspace_id, channel_id, topics, schedule, timezone, mode, language, webhook_url, created_by, created_at,
             feeds, filters, layout, mention_role_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          sub.platform,
          sub.workspaceId,
          sub.channelId,
          toJson(sub.topics),
          sub.schedule,
          sub.timezone,
          sub.mode,
          sub.language,
          sub.webhookUrl ?? null,
          sub.createdBy ?? null,
          sub.createdAt.getTime(),
          toJson(sub.feeds ?? []),
          toJson(filtersFrom(sub.filters)),
          sub.layout ?? 'plain',
          sub.mentionRoleId ?? null,
        );
      return getSubscription(Number(result.lastInsertRowid)) as Subscription;
    },
    getSubscription,
    listSubscriptions(filter: SubscriptionFilter = {}): Subscription[] {
      const where: string[] = [];
      const values: unknown[] = [];
      const add = (column: string, value: unknown) => {
        where.push(`${column} = ?`);
        values.push(value);
      };
      if (filter.platform) add('platform', filter.platform);
      if (filter.workspaceId) add('workspace_id', filter.workspaceId);
      if (filter.channelId) add('channel_id', filter.channelId);
      if (filter.status) add('status', filter.status);
      const sql = `SELECT * FROM subscriptions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
      return (db.prepare(sql).all(...values) as SubscriptionRow[]).map(fromRow);
    },
    updateSubscription(id, patch) {
      const sets = (Object.entries(patch) as [keyof SubscriptionPatch, unknown][])
        .filter(([key, value]) => key in PATCH_COLUMNS && value !== undefined)
        .map(([key, value]) => PATCH_COLUMNS[key](value));
      if (sets.length > 0) {
        db.prepare(`UPDATE subscriptions SET ${sets.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`).run(...sets.map(([, value]) => value), id);
      }
      const updated = getSubscription(id);
      if (!updated) throw new Error(`No subscription with id ${id}.`);
      return updated;
    },
    removeSubscription(id) {
      return db.prepare('DELETE FROM subscriptions WHERE id = ?').run(id).changes > 0;
    },
    wasStoryDelivered(subscriptionId, storyId) {
      return db.prepare('SELECT 1 FROM delivered_stories WHERE subscription_id = ? AND story_id = ?').get(subscriptionId, storyId) !== undefined;
    },
    storyDeliveredAt(subscriptionId, storyId) {
      const row = db.prepare('SELECT delivered_at FROM delivered_stories WHERE subscription_id = ? AND story_id = ?').get(subscriptionId, storyId) as
        { delivered_at: number } | undefined;
      return row ? new Date(row.delivered_at) : null;
    },
    deliveredStoryIds(subscriptionId, storyIds) {
      const delivered: number[] = [];
      // Bounded IN lists: SQLite caps bound parameters.
      for (let i = 0; i < storyIds.length; i += 500) {
        const chunk = storyIds.slice(i, i + 500);
        const rows = db
          .prepare(`SELECT story_id FROM delivered_stories WHERE subscription_id = ? AND story_id IN (${chunk.map(() => '?').join(',')})`)
          .all(subscriptionId, ...chunk) as { story_id: number }[];
        delivered.push(...rows.map((row) => row.story_id));
      }
      return delivered;
    },
    markStoriesDelivered: db.transaction((subscriptionId: number, storyIds: number[], at: Date) => {
      for (const storyId of storyIds) markDelivered.run(subscriptionId, storyId, at.getTime());
    }),
    storyDeliveries(storyId) {
      const rows = db
        .prepare('SELECT subscription_id, delivered_at FROM delivered_stories WHERE story_id = ? ORDER BY delivered_at, subscription_id')
        .all(storyId) as { subscription_id: number; delivered_at: number }[];
      return rows.map((row) => ({ subscriptionId: row.subscription_id, deliveredAt: new Date(row.delivered_at) }));
    },
  };
}
