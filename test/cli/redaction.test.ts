import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactSecretUrls } from '../../src/config/index.js';
import { describeSubscription } from '../../src/chat/commands/reply.js';
import { runCli } from './run-cli.js';

const TOKEN = 'aB3_kL9-pQ7xR2mN5vT8wY1zC4dF6gH0jK2lM4nP6qR8sT0uV2wX4yZ6';
const WEBHOOK = `https://discord.com/api/webhooks/123456789012345678/${TOKEN}`;

describe('webhook URLs are credentials', () => {
  it('`subscribe --json`, `subscriptions --json` and `subscriptions` show them redacted', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'nd-redact-')), 'r.db');
    const added = await runCli([
      '--db',
      db,
      'subscribe',
      '--platform',
      'discord',
      '--channel',
      '123456789012345679',
      '--topics',
      'summits',
      '--webhook-url',
      WEBHOOK,
      '--json',
    ]);
    expect(added.code, added.stderr).toBe(0);
    const listedJson = await runCli(['--db', db, 'subscriptions', '--json']);
    const listedText = await runCli(['--db', db, 'subscriptions']);
    for (const output of [added.stdout, listedJson.stdout, listedText.stdout]) {
      expect(output).not.toContain(TOKEN);
      expect(output).toContain('https://discord.com/api/webhooks/123456789012345678/[redacted]');
    }
    expect(JSON.parse(listedJson.stdout.trim()).webhookUrl).toBe('https://discord.com/api/webhooks/123456789012345678/[redacted]');
  });

  it('`/news subscriptions` in chat shows them redacted', () => {
    const line = describeSubscription({
      id: 1,
      platform: 'discord',
      workspaceId: '1',
      channelId: '2',
      topics: ['summits'],
      schedule: '0 8 * * *',
      timezone: 'UTC',
      mode: 'digest',
      language: 'en',
      webhookUrl: WEBHOOK,
      status: 'paused',
      pausedReason: `POST ${WEBHOOK} answered 401`,
      watermark: null,
      createdBy: null,
      createdAt: new Date(),
    });
    expect(line).not.toContain(TOKEN);
    expect(line).toContain('via webhook https://discord.com/api/webhooks/123456789012345678/[redacted]');
  });

  it('log lines never carry them, wherever they appear (message, error, nested object)', () => {
    let written = '';
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination });
    logger.warn({ err: new Error(`POST ${WEBHOOK}/messages failed`), deep: { a: { b: { url: `${WEBHOOK}?wait=true` } } } }, `sending to ${WEBHOOK}`);
    logger.info({ subscription: { webhookUrl: WEBHOOK } }, 'slack hook https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX');
    expect(written).not.toContain(TOKEN);
    expect(written).not.toContain('XXXXsecretXXXX');
    expect(written.match(/webhooks\/123456789012345678\/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('redactSecretUrls keeps everything but the secret part', () => {
    expect(redactSecretUrls(`see ${WEBHOOK}/messages/@original and https://discord.com/api/v10/webhooks/1/abc`)).toBe(
      'see https://discord.com/api/webhooks/123456789012345678/[redacted]/messages/@original and https://discord.com/api/v10/webhooks/1/[redacted]',
    );
    expect(redactSecretUrls('https://example.org/feed.xml')).toBe('https://example.org/feed.xml');
  });
});
