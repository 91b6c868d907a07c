import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { escapeMrkdwn, type ChartImage } from '../../render/index.js';

/** Slack's limit for alt_txt (files.getUploadURLExternal answers alt_txt_too_large beyond it). */
const ALT_TEXT_MAX = 1000;
const COMMENT_MAX = 300;

const uploadUrlSchema = z.object({ upload_url: z.string().url(), file_id: z.string() }).loose();
const completedSchema = z.object({ files: z.array(z.object({ id: z.string() }).loose()).optional() }).loose();

export interface UploadedFile {
  fileId: string;
}

/**
 * Shares a chart PNG in a channel the way Slack asks apps to upload files now:
 * files.getUploadURLExternal (name, byte length, alt text) → POST the bytes to
 * the returned URL → files.completeUploadExternal (title, channel, comment).
 * Steps one and three go through the WebClient (auth, retries, rate limits);
 * the comment is mrkdwn-escaped so nothing in a title can ping.
 */
export async function uploadSlackImage(client: webApi.WebClient, channelId: string, image: ChartImage, fetchImpl: typeof fetch = fetch): Promise<UploadedFile> {
  // apiCall, not files.getUploadURLExternal(): the SDK's typed helper names the field alt_text, the API reads alt_txt.
  const ticket = uploadUrlSchema.parse(
    await client.apiCall('files.getUploadURLExternal', {
      filename: image.filename,
      length: image.png.byteLength,
      alt_txt: image.altText.slice(0, ALT_TEXT_MAX),
    }),
  );
  const response = await fetchImpl(ticket.upload_url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array(image.png),
    redirect: 'error',
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`Slack's file upload URL answered HTTP ${response.status}; the chart was not shared.`);
  await response.arrayBuffer();
  const completed = completedSchema.parse(
    await client.files.completeUploadExternal({
      files: [{ id: ticket.file_id, title: image.title.slice(0, 250) }],
      channel_id: channelId,
      initial_comment: escapeMrkdwn(image.title.replace(/\s+/g, ' ').trim().slice(0, COMMENT_MAX)),
    }),
  );
  return { fileId: completed.files?.[0]?.id ?? ticket.file_id };
}
