import type { Delivery } from '../../core/index.js';
import { idempotencyKeyFor } from '../sqlite/deliveries.js';
import type { DeliveryRepository, NewDelivery } from '../types.js';
import type { Db } from './db.js';

interface DeliveryRow {
  id: number;
  subscription_id: number;
  idempotency_key: string;
  period_key: string;
  part: number;
  part_count: number;
  status: Delivery['status'];
  payload: string;
  platform_message_id: string | null;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  thread_of_part: number | null;
}

const fromRow = (row: DeliveryRow): Delivery => ({
  id: row.id,
  subscriptionId: row.subscription_id,
  idempotencyKey: row.idempotency_key,
  periodKey: row.period_key,
  part: row.part,
  partCount: row.part_count,
  status: row.status,
  payload: row.payload,
  platformMessageId: row.platform_message_id,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at,
  sentAt: row.sent_at,
  threadOfPart: row.thread_of_part,
});

export function deliveryRepository(db: Db): DeliveryRepository {
  const getDelivery = async (key: string): Promise<Delivery | null> => {
    const [row] = await db.query<DeliveryRow>('SELECT * FROM deliveries WHERE idempotency_key = $1', [key]);
    return row ? fromRow(row) : null;
  };
  const list = async (sql: string, params: unknown[]): Promise<Delivery[]> => (await db.query<DeliveryRow>(sql, params)).map(fromRow);

  return {
    async createDelivery(delivery: NewDelivery) {
      const key = idempotencyKeyFor(delivery.subscriptionId, delivery.periodKey, delivery.part);
      await db.execute(
        `INSERT INTO deliveries (subscription_id, idempotency_key, period_key, part, part_count, status, payload, created_at, thread_of_part)
         VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING`,
        [
          delivery.subscriptionId,
          key,
          delivery.periodKey,
          delivery.part,
          delivery.partCount,
          delivery.payload,
          delivery.createdAt,
          delivery.threadOfPart ?? null,
        ],
      );
      return (await getDelivery(key))!;
    },
    getDelivery,
    listPendingDeliveries(subscriptionId) {
      return subscriptionId === undefined
        ? list("SELECT * FROM deliveries WHERE status = 'pending' ORDER BY subscription_id, created_at, part", [])
        : list("SELECT * FROM deliveries WHERE status = 'pending' AND subscription_id = $1 ORDER BY created_at, part", [subscriptionId]);
    },
    listDeliveries(subscriptionId, periodKey) {
      return periodKey === undefined
        ? list('SELECT * FROM deliveries WHERE subscription_id = $1 ORDER BY created_at, part', [subscriptionId])
        : list('SELECT * FROM deliveries WHERE subscription_id = $1 AND period_key = $2 ORDER BY part', [subscriptionId, periodKey]);
    },
    async markDeliverySent(id, platformMessageId, at) {
      await db.execute(
        "UPDATE deliveries SET status = 'sent', platform_message_id = $1, sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $3",
        [platformMessageId, at, id],
      );
    },
    async markDeliveryAttempt(id, error, permanent) {
      await db.execute('UPDATE deliveries SET attempts = attempts + 1, last_error = $1, status = $2 WHERE id = $3', [
        error,
        permanent ? 'failed' : 'pending',
        id,
      ]);
    },
    listRecentDeliveries(limit) {
      return list('SELECT * FROM deliveries ORDER BY created_at DESC, id DESC LIMIT $1', [Math.min(Math.max(1, limit), 500)]);
    },
  };
}
