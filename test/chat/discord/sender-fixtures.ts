import type { Subscription } from '../../../src/core/index.js';
import { subscriptionFixture } from '../../fixtures/subscription.js';

export const CHANNEL_ID = '123456789012345678';

export function discordSubscription(overrides: Partial<Subscription> = {}): Subscription {
  return subscriptionFixture({ workspaceId: '800000000000000001', channelId: CHANNEL_ID, createdBy: '42', ...overrides });
}
