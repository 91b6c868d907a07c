import { describe, expect, it } from 'vitest';
import { PassThrough, Writable } from 'node:stream';
import { createConsoleSender } from '../../../src/chat/index.js';
import { ChatDeliveryError } from '../../../src/schedule/index.js';
import { referenceDigest } from '../../render/discord-fixtures.js';
import { subscriptionFixture } from '../../fixtures/subscription.js';

const subscription = subscriptionFixture({ id: 1, platform: 'console', workspaceId: null, channelId: 'stdout', topics: ['summits'], language: 'en' });

describe('console sender', () => {
  it('writes the plain-text digest to its stream as one part', async () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const sender = createConsoleSender(stream);
    const parts = sender.renderDigest(referenceDigest({ language: 'en' }), subscription);
    expect(parts).toHaveLength(1);
    const first = await sender.send(subscription, parts[0]!, '1:p:0');
    const second = await sender.send(subscription, parts[0]!, '1:p:0');
    const written = chunks.join('');
    expect(written).toMatch(/^Morning digest · Gipfeltreffen, Rüstungskontrolle · Tue 20 Mar, 08:00 \(Europe\/Berlin\) · 3 stories\n/);
    expect(written).toContain('> “besondere Aufmerksamkeit der Frage gewidmet, möglicherweise ein Gipfeltreffen abzuhalten” — Kreml\n');
    expect(written).toContain('… and 5 more stories: /news search topic:summits since:yesterday\n');
    expect(sender.platform).toBe('console');
    expect(first.messageId).not.toBe(second.messageId);
  });

  it('turns a failing stream into a ChatDeliveryError', async () => {
    const broken = new Writable({ write: (_chunk, _encoding, callback) => callback(new Error('EPIPE')) });
    broken.on('error', () => undefined);
    const sender = createConsoleSender(broken);
    const error = await sender.send(subscription, 'text', 'k').then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ChatDeliveryError);
    expect((error as ChatDeliveryError).message).toContain('EPIPE');
  });
});
