import { z } from 'zod';
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../config/index.js';
import { requiredPermission, type Caller, type CommandRequest } from '../commands/index.js';

/**
 * Who runs a /news command, with permissions looked up through the Web API —
 * never taken from the request text. Rule (the same for subscriptions and
 * feeds): workspace admins and owners, and the channel's creator, may change
 * things; in a direct message with the bot the user manages their own DM.
 */

export interface SlashCommandContext {
  team_id: string;
  channel_id: string;
  user_id: string;
}

const userInfoSchema = z.object({
  user: z.looseObject({ is_admin: z.boolean().optional(), is_owner: z.boolean().optional(), is_primary_owner: z.boolean().optional() }),
});

const conversationInfoSchema = z.object({
  channel: z.looseObject({ creator: z.string().nullish(), is_im: z.boolean().optional(), user: z.string().optional() }),
});

async function isWorkspaceAdmin(client: webApi.WebClient, userId: string): Promise<boolean> {
  const { user } = userInfoSchema.parse(await client.users.info({ user: userId }));
  return Boolean(user.is_admin || user.is_owner || user.is_primary_owner);
}

async function ownsChannel(client: webApi.WebClient, channelId: string, userId: string): Promise<boolean> {
  const { channel } = conversationInfoSchema.parse(await client.conversations.info({ channel: channelId }));
  if (channel.is_im) return channel.user === userId || channel.user === undefined;
  return channel.creator === userId;
}

/** Thrown when Slack cannot tell us the caller's permissions; answered with one sentence. */
export class PermissionLookupError extends Error {}

export async function resolveCaller(client: webApi.WebClient, command: SlashCommandContext, request: CommandRequest, logger: Logger): Promise<Caller> {
  const caller: Caller = {
    platform: 'slack',
    workspaceId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
    canManageChannel: false,
    canManageFeeds: false,
    locale: null,
  };
  // Read-only commands need no lookups, which keeps them fast.
  if (requiredPermission(request) === null) return caller;
  try {
    const allowed = (await isWorkspaceAdmin(client, command.user_id)) || (await ownsChannel(client, command.channel_id, command.user_id));
    return { ...caller, canManageChannel: allowed, canManageFeeds: allowed };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error ?? (error instanceof Error ? error.message : String(error));
    logger.warn({ userId: command.user_id, channelId: command.channel_id, code }, 'could not look up Slack permissions');
    throw new PermissionLookupError(
      `Slack did not tell me your permissions (${code.slice(0, 80)}); check that the app has the users:read and channels:read scopes, then try again.`,
    );
  }
}
