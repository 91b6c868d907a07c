import { ApplicationCommandOptionType, ChannelType, PermissionFlagsBits, type CommandInteractionOption } from 'discord.js';
import {
  COMMANDS,
  FEED_ACTIONS,
  OPTIONS,
  optionsOn,
  type ChannelValue,
  type CommandOptions,
  type CommandRequest,
  type CommandSpec,
  type FeedAction,
  type RawOptionValue,
} from '../commands/index.js';

/**
 * Reads the neutral CommandRequest out of a /news interaction's option tree
 * (subcommand, or the `feeds` group's subcommand), value by value as the
 * option descriptions say: text, numbers and booleans as sent, roles, channels
 * and attachments with what Discord resolved about them (a role's mentionable
 * flag, the caller's permissions in a channel, a file's size). Returns null for
 * anything the command definition does not produce.
 */

export function channelKindOf(type: ChannelType | null | undefined): ChannelValue['kind'] {
  if (type === ChannelType.GuildForum || type === ChannelType.GuildMedia) return 'forum';
  if (type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement) return 'text';
  return 'other';
}

function valueOf(option: CommandInteractionOption): RawOptionValue | undefined {
  switch (option.type) {
    case ApplicationCommandOptionType.String:
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
    case ApplicationCommandOptionType.Boolean:
      return option.value ?? undefined;
    case ApplicationCommandOptionType.Role: {
      const role = option.role;
      if (!role) return typeof option.value === 'string' ? option.value : undefined;
      return { id: role.id, name: role.name ?? null, mentionable: typeof role.mentionable === 'boolean' ? role.mentionable : null };
    }
    case ApplicationCommandOptionType.Channel: {
      const channel = option.channel as { id: string; type?: ChannelType; permissions?: { has(bit: bigint): boolean } | string | null } | null | undefined;
      if (!channel) return undefined;
      const permissions = channel.permissions;
      const canManage =
        typeof permissions === 'string'
          ? (BigInt(permissions) & PermissionFlagsBits.ManageChannels) !== 0n
          : (permissions?.has(PermissionFlagsBits.ManageChannels) ?? false);
      return { id: channel.id, kind: channelKindOf(channel.type), canManage };
    }
    case ApplicationCommandOptionType.Attachment: {
      const file = option.attachment;
      if (!file) return undefined;
      return { url: file.url, filename: file.name, size: file.size, contentType: file.contentType ?? null };
    }
    default:
      return undefined;
  }
}

function readOptions(spec: CommandSpec, options: readonly CommandInteractionOption[] | undefined): CommandOptions {
  const taken = new Set<string>(optionsOn(spec, 'discord').map((use) => use.name));
  const result: CommandOptions = {};
  for (const option of options ?? []) {
    if (!taken.has(option.name)) continue;
    const value = valueOf(option);
    if (value !== undefined) result[option.name as keyof typeof OPTIONS] = value;
  }
  return result;
}

const specFor = (path: string): CommandSpec | undefined => COMMANDS.find((spec) => spec.path === path);

export function toCommandRequest(options: readonly CommandInteractionOption[]): CommandRequest | null {
  const [first] = options;
  if (!first) return null;
  if (first.type === ApplicationCommandOptionType.SubcommandGroup && first.name === 'feeds') {
    const [action] = first.options ?? [];
    if (!action || !(FEED_ACTIONS as readonly string[]).includes(action.name)) return null;
    const spec = specFor(`feeds ${action.name}`);
    if (!spec) return null;
    return { name: 'feeds', action: action.name as FeedAction, options: readOptions(spec, action.options) };
  }
  if (first.type !== ApplicationCommandOptionType.Subcommand || first.name === 'feeds') return null;
  const spec = specFor(first.name);
  if (!spec) return null;
  return { name: spec.path as Exclude<CommandRequest['name'], 'feeds'>, options: readOptions(spec, first.options) };
}

/** "search" or "feeds add": the key used for deferral decisions and logs. */
export function subcommandPath(request: CommandRequest): string {
  return request.name === 'feeds' ? `feeds ${request.action}` : request.name;
}
