import type { Subscription } from '../../core/index.js';
import { redactSecretUrls } from '../../config/index.js';
import type { Store } from '../../store/index.js';
import type { Caller, CommandDeps, CommandReply, ReplyLine } from './types.js';
import { describeFilters } from './filter-values.js';
import { describeCron } from './schedule-phrase.js';

/** Small builders so every handler answers in the same shape. */

export function errorReply(message: string): CommandReply {
  return { ephemeral: true, error: true, lines: [{ text: message }] };
}

export function infoReply(title: string, lines: ReplyLine[], ephemeral = true): CommandReply {
  return { ephemeral, title, lines };
}

/** "20 Nov 2026, 08:15 (Europe/Berlin)" — unambiguous for readers in any zone. */
export function formatWhen(date: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${text} (${timeZone})`;
}

export function describeSubscription(subscription: Subscription): string {
  const parts = [
    subscription.mode === 'instant' ? 'instant' : describeCron(subscription.schedule),
    subscription.timezone,
    subscription.mode,
    subscription.language,
  ];
  const filters = describeFilters(subscription.filters);
  if (filters !== '') parts.push(filters);
  if (subscription.layout === 'threads') parts.push('threads');
  if (subscription.layout === 'forum') parts.push('one forum post per story');
  if (subscription.mentionRoleId) parts.push(`alerts role ${subscription.mentionRoleId}`);
  if (subscription.webhookUrl) parts.push(`via webhook ${redactSecretUrls(subscription.webhookUrl)}`);
  parts.push(subscription.status === 'paused' ? `paused: ${redactSecretUrls(subscription.pausedReason ?? 'no reason given')}` : 'active');
  return parts.join(' · ');
}

/** "summits, arms-control · feeds #3 Tagesblick" — what a subscription follows, feeds by the names its workspace sees. */
export async function describeFollowed(subscription: Subscription, store: Store): Promise<string> {
  const parts: string[] = [];
  if (subscription.topics.length > 0) parts.push(subscription.topics.join(', '));
  const ids = subscription.feeds ?? [];
  if (ids.length > 0) {
    const visible = new Map(
      (await store.listFeeds({ visibleTo: { platform: subscription.platform, workspaceId: subscription.workspaceId } })).map((feed) => [feed.id, feed]),
    );
    parts.push(`feeds ${ids.map((id) => `#${id} ${visible.get(id)?.name ?? '(not available)'}`).join(', ')}`);
  }
  return parts.join(' · ');
}

export async function subscriptionLine(subscription: Subscription, deps: Pick<CommandDeps, 'store'>, _caller?: Caller): Promise<ReplyLine> {
  return {
    text: await describeFollowed(subscription, deps.store),
    detail: describeSubscription(subscription),
    channelId: subscription.channelId,
  };
}
