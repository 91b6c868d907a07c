import type { Platform } from '../core/index.js';
import { createConsoleSender, createDiscordSender, createSlackSender } from '../chat/index.js';
import type { ChatSender } from '../schedule/index.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';

export interface Senders {
  senders: Partial<Record<Platform, ChatSender>>;
  close(): void;
}

/** One sender per platform that has credentials; the console always works. */
export function createSenders(ctx: CliContext, out: NodeJS.WritableStream = process.stdout): Senders {
  const senders: Partial<Record<Platform, ChatSender>> = { console: createConsoleSender(out) };
  const closers: (() => void)[] = [];
  if (ctx.env.DISCORD_TOKEN) {
    const discord = createDiscordSender({ token: ctx.env.DISCORD_TOKEN, apiBase: ctx.env.DISCORD_API_BASE ?? null, logger: ctx.logger });
    senders.discord = discord;
    closers.push(() => discord.close());
  }
  if (ctx.env.SLACK_BOT_TOKEN) {
    senders.slack = createSlackSender({ token: ctx.env.SLACK_BOT_TOKEN, apiUrl: ctx.env.SLACK_API_URL, logger: ctx.logger });
  }
  return { senders, close: () => closers.forEach((close) => close()) };
}

const TOKEN_FOR: Record<Platform, string> = { discord: 'DISCORD_TOKEN', slack: 'SLACK_BOT_TOKEN', console: '' };

export function requireSender(senders: Senders, platform: Platform, subscriptionId: number): ChatSender {
  const sender = senders.senders[platform];
  if (!sender)
    throw new UsageError(
      `Subscription #${subscriptionId} posts to ${platform}, but ${TOKEN_FOR[platform]} is not set: add it to the environment (see .env.example), or use --dry-run.`,
    );
  return sender;
}
