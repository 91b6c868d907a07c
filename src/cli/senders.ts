import type { Platform } from '../core/index.js';
import { CHAT_ADAPTERS } from '../chat/adapters.js';
import type { ChatSender } from '../schedule/index.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

export interface Senders {
  senders: Partial<Record<Platform, ChatSender>>;
  close(): void;
}

/** One sender per chat adapter that has credentials; the console always works. */
export async function createSenders(ctx: CliContext, out: NodeJS.WritableStream = process.stdout): Promise<Senders> {
  const senders: Partial<Record<Platform, ChatSender>> = {};
  const closers: (() => void)[] = [];
  for (const adapter of CHAT_ADAPTERS) {
    const open = await adapter.sender(ctx.env, ctx.logger, out);
    if (!open) continue;
    senders[adapter.platform] = open.sender;
    closers.push(open.close);
  }
  return { senders, close: () => closers.forEach((close) => close()) };
}

/** The variable to set when no sender exists for this platform, or null when there is one. */
export function missingSender(senders: Senders, platform: Platform): string | null {
  if (senders.senders[platform]) return null;
  return CHAT_ADAPTERS.find((adapter) => adapter.platform === platform)?.tokenVariable ?? 'its token';
}

export function requireSender(senders: Senders, platform: Platform, subscriptionId: number): ChatSender {
  const sender = senders.senders[platform];
  if (sender) return sender;
  const variable = CHAT_ADAPTERS.find((adapter) => adapter.platform === platform)?.tokenVariable ?? 'its token';
  throw new UsageError(
    `Subscription #${subscriptionId} posts to ${platform}, but ${variable} is not set: add it to the environment (see .env.example), or use --dry-run.`,
  );
}
