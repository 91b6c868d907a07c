import { Routes, type REST } from 'discord.js';
import { z } from 'zod';
import { escapeDiscordMarkdown, type ChartImage } from '../../render/index.js';
import { parseDiscordWebhookUrl } from './webhook-url.js';

/** Where an image goes: a channel (bot token) or a channel webhook. */
export interface DiscordImageTarget {
  channelId: string;
  webhookUrl?: string | null;
}

/** Discord's attachment description limit. */
const DESCRIPTION_MAX = 1024;
const CAPTION_MAX = 300;

const createdSchema = z
  .object({ id: z.string(), attachments: z.array(z.object({ id: z.string(), url: z.string().optional(), filename: z.string() }).loose()).optional() })
  .loose();

export interface PostedImage {
  messageId: string;
  attachmentUrl: string | null;
}

/**
 * Posts a chart as a message attachment: multipart/form-data with the JSON
 * body in `payload_json` and the PNG as `files[0]` (discord.js REST builds the
 * form). The caption is escaped and nothing can ping.
 */
export async function postDiscordImage(rest: REST, target: DiscordImageTarget, image: ChartImage, nonce?: string): Promise<PostedImage> {
  const body = {
    content: escapeDiscordMarkdown(image.title.replace(/\s+/g, ' ').trim().slice(0, CAPTION_MAX)),
    attachments: [{ id: '0', filename: image.filename, description: image.altText.slice(0, DESCRIPTION_MAX) }],
    allowed_mentions: { parse: [] },
  };
  const files = [{ name: image.filename, data: image.png, contentType: 'image/png' }];
  const webhook = target.webhookUrl ? parseDiscordWebhookUrl(target.webhookUrl) : null;
  const created = webhook
    ? await rest.post(Routes.webhook(webhook.id, webhook.token), { body, files, query: new URLSearchParams({ wait: 'true' }), auth: false })
    : await rest.post(Routes.channelMessages(target.channelId), { body: nonce ? { ...body, nonce, enforce_nonce: true } : body, files });
  const parsed = createdSchema.parse(created);
  return { messageId: parsed.id, attachmentUrl: parsed.attachments?.[0]?.url ?? null };
}
