import { z } from 'zod';
import type { webApi } from '@slack/bolt';

/** Message metadata event type that carries a digest part's idempotency key. */
export const DIGEST_PART_EVENT = 'news_digest_part';

/** How far back to look: a digest has a handful of parts, posted minutes apart at most. */
const HISTORY_WINDOW = 100;

export interface SentPart {
  ts: string;
}

const historySchema = z.object({
  messages: z
    .array(
      z.looseObject({
        ts: z.string(),
        metadata: z.looseObject({ event_type: z.string(), event_payload: z.record(z.string(), z.unknown()).optional() }).optional(),
      }),
    )
    .default([]),
});

/** Finds the message whose metadata carries `idempotencyKey` among the channel's recent messages. */
export async function findPartInHistory(client: webApi.WebClient, channelId: string, idempotencyKey: string): Promise<SentPart | null> {
  const result = await client.conversations.history({ channel: channelId, limit: HISTORY_WINDOW, include_all_metadata: true });
  const { messages } = historySchema.parse(result);
  const match = messages.find((m) => m.metadata?.event_type === DIGEST_PART_EVENT && m.metadata.event_payload?.key === idempotencyKey);
  return match ? { ts: match.ts } : null;
}

/** Finds the reply whose metadata carries `idempotencyKey` in the thread under `threadTs`. */
export async function findPartInThread(client: webApi.WebClient, channelId: string, threadTs: string, idempotencyKey: string): Promise<SentPart | null> {
  const result = await client.conversations.replies({ channel: channelId, ts: threadTs, limit: HISTORY_WINDOW, include_all_metadata: true });
  const { messages } = historySchema.parse(result);
  const match = messages.find((m) => m.metadata?.event_type === DIGEST_PART_EVENT && m.metadata.event_payload?.key === idempotencyKey);
  return match ? { ts: match.ts } : null;
}
