import type { Subscription, SubscriptionFilters } from '../../core/index.js';
import { filtersFrom } from '../sqlite/subscriptions.js';
import type { NewSubscription, SubscriptionFilter, SubscriptionPatch, SubscriptionRepository } from '../types.js';
import { Params, type Db } from './db.js';

interface SubscriptionRow {
  id: number;
  platform: Subscription['platform'];
  workspace_id: string | null;
  channel_id: string;
  topics: string[];
  schedule: string;
  timezone: string;
  mode: Subscription['mode'];
  language: string;
  status: Subscription['status'];
  paused_reason: string | null;
  webhook_url: string | null;
  created_by: string | null;
  created_at: Date;
  watermark: Date | null;
  feeds: number[];
  filters: Partial<SubscriptionFilters>;
  layout: NonNullable<Subscription['layout']>;
  mention_role_id: string | null;
}

const fromRow = (row: SubscriptionRow): Subscription => ({
  id: row.id,
  platform: row.platform,
  workspaceId: row.workspace_id,
  channelId: row.channel_id,
  topics: row.topics,
  schedule: row.schedule,
  timezone: row.timezone,
  mode: row.mode,
  language: row.language,
  status: row.status,
  pausedReason: row.paused_reason,
  webhookUrl: row.webhook_url,
  createdBy: row.created_by,
  createdAt: row.created_at,
  watermark: row.watermark,
  feeds: row.feeds,
  filters: filtersFrom(row.filters),
  layout: row.layout,
  mentionRoleId: row.mention_role_id,
});

const json = (value: unknown): string => JSON.stringify(value);

const PATCH_COLUMNS: Record<keyof SubscriptionPatch, (value: unknown) => [string, unknown, string?]> = {
  topics: (v) => ['topics', json(v), 'jsonb'],
  schedule: (v) => ['schedule', v],
  timezone: (v) => ['timezone', v],
  mode: (v) => ['mode', v],
  language: (v) => ['language', v],
  webhookUrl: (v) => ['webhook_url', v ?? null],
  status: (v) => ['status', v],
  pausedReason: (v) => ['paused_reason', v ?? null],
  watermark: (v) => ['watermark', v instanceof Date ? v : null],
  feeds: (v) => ['feeds', json(v ?? []), 'jsonb'],
  filters: (v) => ['filters', json(filtersFrom(v as SubscriptionFilters)), 'jsonb'],
  layout: (v) => ['layout', v ?? 'plain'],
  mentionRoleId: (v) => ['mention_role_id', v ?? null],
};

export function subscriptionRepository(db: Db): SubscriptionRepository {
  const getSubscription = async (id: number): Promise<Subscription | null> => {
    const [row] = await db.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]);
    return row ? fromRow(row) : null;
  };
  const deliveredAt = async (subscriptionId: number, storyId: number): Promise<Date | null> => {
    const [row] = await db.query<{ delivered_at: Date }>('SELECT delivered_at FROM delivered_stories WHERE subscription_id = $1 AND story_id = $2', [
      subscriptionId,
      storyId,
    ]);
    return row ? row.delivered_at : null;
  };

  return {
    async createSubscription(sub: NewSubscription) {
      const [row] = await db.query<SubscriptionRow>(
        `INSERT INTO subscriptions (platform, workspace_id, channel_id, topics, schedule, timezone, mode, language, webhook_url, created_by, created_at,
           feeds, filters, layout, mention_role_id)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb, $14, $15) RETURNING *`,
        [
          sub.platform,
          sub.workspaceId,
          sub.channelId,
          json(sub.topics),
          sub.schedule,
          sub.timezone,
          sub.mode,
          sub.language,
          sub.webhookUrl ?? null,
          sub.createdBy ?? null,
          sub.createdAt,
          json(sub.feeds ?? []),
          json(filtersFrom(sub.filters)),
          sub.layout ?? 'plain',
          sub.mentionRoleId ?? null,
        ],
      );
      return fromRow(row!);
    },
    getSubscription,
    async listSubscriptions(filter: SubscriptionFilter = {}) {
      const p = new Params();
      const where: string[] = [];
      if (filter.platform) where.push(`platform = ${p.add(filter.platform)}`);
      if (filter.workspaceId) where.push(`workspace_id = ${p.add(filter.workspaceId)}`);
      if (filter.channelId) where.push(`channel_id = ${p.add(filter.channelId)}`);
      if (filter.status) where.push(`status = ${p.add(filter.status)}`);
      const sql = `SELECT * FROM subscriptions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
      return (await db.query<SubscriptionRow>(sql, p.values)).map(fromRow);
    },
    async updateSubscription(id, patch) {
      const sets = (Object.entries(patch) as [keyof SubscriptionPatch, unknown][])
        .filter(([key, value]) => key in PATCH_COLUMNS && value !== undefined)
        .map(([key, value]) => PATCH_COLUMNS[key](value));
      if (sets.length > 0) {
        const p = new Params();
        const assignments = sets.map(([column, value, cast]) => `${column} = ${p.add(value)}${cast ? `::${cast}` : ''}`).join(', ');
        await db.execute(`UPDATE subscriptions SET ${assignments} WHERE id = ${p.add(id)}`, p.values);
      }
      const updated = await getSubscription(id);
      if (!updated) throw new Error(`No subscription with id ${id}.`);
      return updated;
    },
    async removeSubscription(id) {
      return (await db.execute('DELETE FROM subscriptions WHERE id = $1', [id])) > 0;
    },
    async wasStoryDelivered(subscriptionId, storyId) {
      return (await deliveredAt(subscriptionId, storyId)) !== null;
    },
    storyDeliveredAt: deliveredAt,
    async deliveredStoryIds(subscriptionId, storyIds) {
      if (storyIds.length === 0) return [];
      const rows = await db.query<{ story_id: number }>('SELECT story_id FROM delivered_stories WHERE subscription_id = $1 AND story_id = ANY($2::bigint[])', [
        subscriptionId,
        storyIds,
      ]);
      return rows.map((row) => row.story_id);
    },
    async markStoriesDelivered(subscriptionId, storyIds, at) {
      if (storyIds.length === 0) return;
      await db.execute(
        `INSERT INTO delivered_stories (subscription_id, story_id, delivered_at)
         SELECT $1, story_id, $3 FROM unnest($2::bigint[]) AS s (story_id) ON CONFLICT DO NOTHING`,
        [subscriptionId, storyIds, at],
      );
    },
    async storyDeliveries(storyId) {
      const rows = await db.query<{ subscription_id: number; delivered_at: Date }>(
        'SELECT subscription_id, delivered_at FROM delivered_stories WHERE story_id = $1 ORDER BY delivered_at, subscription_id',
        [storyId],
      );
      return rows.map((row) => ({ subscriptionId: row.subscription_id, deliveredAt: row.delivered_at }));
    },
  };
}
