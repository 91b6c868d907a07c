import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/index.js';
import { createDiscordSender, createSlackSender, type DiscordSender, type SlackSender } from '../../src/chat/index.js';
import { daysBetween, renderChartSvg, renderTopicTrendImage, topicTrendSpec, type ChartImage } from '../../src/render/chart/index.js';
import { startFakeDiscordServer, type FakeDiscordServer } from '../fakes/discord-server.js';
import { startFakeSlackServer, type FakeSlackServer } from '../fakes/slack-server.js';
import { readPng } from './png.js';

const CHANNEL = '123456789012345678';
const days = daysBetween('2024-05-01', '2024-05-30');
const counts = days.flatMap((day, i) => [
  { day, topic: 'summits', count: i % 5 },
  { day, topic: 'arms-control', count: (i * 7) % 4 },
]);
const hostileTitle = 'Summits @everyone <!channel> **30 days** <@&123>';

describe('the trend chart PNG posted to chat', () => {
  let discord: FakeDiscordServer;
  let slack: FakeSlackServer;
  let discordSender: DiscordSender;
  let slackSender: SlackSender;
  let image: ChartImage;
  let svgSize: { width: number; height: number };

  beforeAll(async () => {
    [discord, slack] = await Promise.all([startFakeDiscordServer(), startFakeSlackServer()]);
    discordSender = createDiscordSender({ token: 'fake-bot-token', apiBase: discord.url, logger: silentLogger(), retries: 0 });
    slackSender = createSlackSender({
      token: slack.token,
      apiUrl: slack.apiUrl,
      logger: silentLogger(),
      minIntervalPerChannelMs: 0,
      retryConfig: { retries: 0 },
    });
    image = await renderTopicTrendImage(counts, { days, title: hostileTitle, filename: 'trend summits/30d', scale: 2 });
    const svg = await renderChartSvg(topicTrendSpec(counts, { days, title: hostileTitle }));
    const [, width, height] = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    svgSize = { width: Number(width), height: Number(height) };
  });
  afterAll(async () => {
    discordSender.close();
    await Promise.all([discord.close(), slack.close()]);
  });

  it('renders a valid PNG at twice the chart size with a safe file name and alt text', () => {
    const info = readPng(image.png);
    expect(info).toMatchObject({ width: svgSize.width * 2, height: svgSize.height * 2, bitDepth: 8 });
    expect(svgSize.width).toBeGreaterThan(720);
    expect(image.filename).toBe('trend-summits-30d.png');
    expect(image.altText).toContain('summits 60, arms-control 45');
  });

  it('is attached to a Discord message as multipart payload_json + files[0], escaped, pinging nobody', async () => {
    const posted = await discordSender.postImage({ channelId: CHANNEL }, image, 'trend:1');
    const [message] = discord.messages(CHANNEL);
    expect(discord.schemaViolations).toEqual([]);
    expect(message?.id).toBe(posted.messageId);
    expect(posted.attachmentUrl).toContain('trend-summits-30d.png');
    const request = discord.requests.find((r) => r.path === `/channels/${CHANNEL}/messages`);
    expect(String(request?.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
    expect(message?.allowed_mentions).toEqual({ parse: [] });
    expect(message?.content).not.toMatch(/@everyone|<@&/);
    expect(message?.content).toContain('\\*\\*30 days\\*\\*');
    const file = message?.files[0];
    expect(file).toMatchObject({ filename: 'trend-summits-30d.png', contentType: 'image/png', description: image.altText });
    expect(file?.data.equals(image.png)).toBe(true);
    expect(readPng(file!.data)).toMatchObject({ width: image.width, height: image.height });
  });

  it('is refused by the fake Discord API over the 10 MiB upload limit', async () => {
    const huge = { ...image, png: Buffer.concat([image.png, Buffer.alloc(10 * 1024 * 1024)]) };
    await expect(discordSender.postImage({ channelId: CHANNEL }, huge)).rejects.toThrow();
    expect(discord.requests.at(-1)?.status).toBe(413);
  });

  it('is shared in a Slack channel through getUploadURLExternal, the upload URL and completeUploadExternal', async () => {
    const uploaded = await slackSender.postImage('C100', image);
    const [file] = slack.files;
    expect(file).toMatchObject({ id: uploaded.fileId, filename: 'trend-summits-30d.png', length: image.png.length, channel: 'C100', completed: true });
    expect(file?.altText).toBe(image.altText);
    expect(file?.initialComment).not.toContain('<!channel>');
    expect(file?.initialComment).toContain('&lt;!channel&gt;');
    expect(file?.data?.equals(image.png)).toBe(true);
    expect(readPng(file!.data!)).toMatchObject({ width: image.width, height: image.height });
    const methods = slack.requests.map((r) => r.path);
    expect(methods).toEqual(['/api/files.getUploadURLExternal', `/upload/v1/${uploaded.fileId}`, '/api/files.completeUploadExternal']);
  });

  it('is not completed by the fake Slack API when the uploaded bytes do not match the declared length', async () => {
    const ticket = await fetch(`${slack.apiUrl}files.getUploadURLExternal`, {
      method: 'POST',
      headers: { authorization: `Bearer ${slack.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ filename: 'x.png', length: '100' }),
    }).then((r) => r.json() as Promise<{ upload_url: string; file_id: string }>);
    await fetch(ticket.upload_url, { method: 'POST', body: new Uint8Array(10) });
    const done = await fetch(`${slack.apiUrl}files.completeUploadExternal`, {
      method: 'POST',
      headers: { authorization: `Bearer ${slack.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ files: [{ id: ticket.file_id }], channel_id: 'C100' }),
    }).then((r) => r.json() as Promise<{ ok: boolean; error?: string }>);
    expect(done).toEqual(expect.objectContaining({ ok: false, error: 'file_not_found' }));
  });
});
