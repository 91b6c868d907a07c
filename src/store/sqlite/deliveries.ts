import type { Delivery } from '../../core/index.js';
import type { DeliveryRepository, NewDelivery } from '../types.js';
import type { Sync } from './sync.js';
import type { SqliteDatabase } from './database.js';
import { toDate, toDateStrict } from './rows.js';
import { idempotencyKeyFor } from '../row-values.js';

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
  created_at: number;
  sent_at: number | null;
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
  createdAt: toDateStrict(row.created_at),
  sentAt: toDate(row.sent_at),
  threadOfPart: row.thread_of_part,
});

export function deliveryRepository(db: SqliteDatabase): Sync<DeliveryRepository> {
  const byKey = db.prepare('SELECT * FROM deliveries WHERE idempotency_key = ?');
  const insert = db.prepare(
    `INSERT INTO deliveries (subscription_id, idempotency_key, period_key, part, part_count, status, payload, created_at, thread_of_part)
     VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  const getDelivery = (key: string): Delivery | null => {
    const row = byKey.get(key) as DeliveryRow | undefined;
    return row ? fromRow(row) : null;
  };

  return {
    createDelivery(delivery: NewDelivery): Delivery {
      const key = idempotencyKeyFor(delivery.subscriptionId, delivery.periodKey, delivery.part);
      insert.run(
        delivery.subscriptionId,
        key,
        delivery.periodKey,
        delivery.part,
        delivery.partCount,
        delivery.payload,
        delivery.createdAt.getTime(),
        delivery.threadOfPart ?? null,
      );
      return getDelivery(key) as Delivery;
    },
    getDelivery,
    listPendingDeliveries(subscriptionId?: number): Delivery[] {
      const rows =
        subscriptionId === undefined
          ? db.prepare("SELECT * FROM deliveries WHERE status = 'pending' ORDER BY subscription_id, created_at, part").all()
          : db.prepare("SELECT * FROM deliveries WHERE status = 'pending' AND subscription_id = ? ORDER BY created_at, part").all(subscriptionId);
      return (rows as DeliveryRow[]).map(fromRow);
    },
    listDeliveries(subscriptionId, periodKey) {
      const rows =
        periodKey === undefined
          ? db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY created_at, part').all(subscriptionId)
          : db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? AND period_key = ? ORDER BY part').all(subscriptionId, periodKey);
      return (rows as DeliveryRow[]).map(fromRow);
    },
    markDeliverySent(id, platformMessageId, at) {
      db.prepare("UPDATE deliveries SET status = 'sent', platform_message_id = ?, sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?").run(
        platformMessageId,
        at.getTime(),
        id,
      );
    },
    markDeliveryAttempt(id, error, permanent) {
      db.prepare('UPDATE deliveries SET attempts = attempts + 1, last_error = ?, status = ? WHERE id = ?').run(error, permanent ? 'failed' : 'pending', id);
    },
    listRecentDeliveries(limit) {
      const rows = db.prepare('SELECT * FROM deliveries ORDER BY created_at DESC, id DESC LIMIT ?').all(Math.min(Math.max(1, limit), 500));
      return (rows as DeliveryRow[]).map(fromRow);
    },
  };
}
