import type { Subscription } from '../../../src/core/index.js';

export const CHANNEL_ID = '123456789012345678';

export function discordSubscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    id: 7,
    platform: 'discord',
    workspaceId: '800000000000000001',
    channelId: CHANNEL_ID,
    topics: ['summits', 'arms-control'],
    schedule: '0 8 * * *',
    timezone: 'Europe/Berlin',
    mode: 'digest',
    language: 'de',
    status: 'active',
    pausedReason: null,
    webhookUrl: null,
    createdBy: '42',
    createdAt: new Date('2018-03-01T00:00:00Z'),
    watermark: null,
    ...overrides,
  };
}
