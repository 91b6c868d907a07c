import { z } from 'zod';
import type { SlackMessage } from '../../render/index.js';
import { ChatDeliveryError } from '../../schedule/index.js';

/**
 * A rendered part travels through the store as JSON (so a pending part is
 * re-sent byte-identical after a crash); this is its boundary check.
 */
const payloadSchema = z.object({
  text: z.string(),
  blocks: z.array(z.looseObject({ type: z.string() })),
});

export function serializeMessage(message: SlackMessage): string {
  return JSON.stringify(message);
}

export function parseMessagePayload(payload: string): SlackMessage {
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    throw new ChatDeliveryError('The stored Slack message is not JSON; re-render the digest.', true, 'bad_payload');
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ChatDeliveryError('The stored Slack message has no text or blocks; re-render the digest.', true, 'bad_payload');
  }
  return parsed.data as unknown as SlackMessage;
}
