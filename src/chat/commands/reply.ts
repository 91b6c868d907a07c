import type { Subscription } from '../../core/index.js';
import { redactSecretUrls } from '../../config/index.js';
import type { CommandReply, ReplyLine } from './types.js';
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
    describeCron(subscription.schedule),
    subscription.timezone,
    subscription.mode,
    subscription.language,
    subscription.status === 'paused' ? `paused: ${redactSecretUrls(subscription.pausedReason ?? 'no reason given')}` : 'active',
    ...(subscription.webhookUrl ? [`via webhook ${redactSecretUrls(subscription.webhookUrl)}`] : []),
  ];
  return parts.join(' · ');
}

export function subscriptionLine(subscription: Subscription): ReplyLine {
  return {
    text: subscription.topics.join(', '),
    detail: describeSubscription(subscription),
    channelId: subscription.channelId,
  };
}
