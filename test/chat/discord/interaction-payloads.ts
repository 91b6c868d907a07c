import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  InteractionType,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
  type APIApplicationCommandAutocompleteInteraction,
  type APIInteractionGuildMember,
} from 'discord.js';

/**
 * Interaction payloads exactly as Discord's gateway delivers them
 * (INTERACTION_CREATE `d`), built from the discord-api-types definitions so a
 * field Discord does not send cannot creep in.
 */

export const GUILD_ID = '800000000000000001';
export const CHANNEL_ID = '700000000000000001';
export const APPLICATION_ID = '900000000000000001';

/** Permission bitfields as Discord sends them (decimal strings). */
export const PERMISSIONS = {
  /** View Channel, Send Messages, Use Application Commands. */
  member: String((1n << 10n) | (1n << 11n) | (1n << 31n)),
  /** … plus Manage Channels. */
  channelModerator: String((1n << 10n) | (1n << 11n) | (1n << 31n) | (1n << 4n)),
  /** … plus Manage Channels and Manage Server. */
  serverAdmin: String((1n << 10n) | (1n << 11n) | (1n << 31n) | (1n << 4n) | (1n << 5n)),
  /** … plus Mention @everyone, @here and All Roles. */
  mentionEveryone: String((1n << 10n) | (1n << 11n) | (1n << 31n) | (1n << 4n) | (1n << 5n) | (1n << 17n)),
} as const;

let sequence = 0n;
const snowflake = () => String(1_300_000_000_000_000_000n + sequence++);

function member(permissions: string, userId: string): APIInteractionGuildMember {
  return {
    avatar: null,
    banner: null,
    communication_disabled_until: null,
    deaf: false,
    flags: 0,
    joined_at: '2024-01-15T10:00:00.000000+00:00',
    mute: false,
    nick: null,
    pending: false,
    permissions,
    premium_since: null,
    roles: [],
    user: { id: userId, username: `user${userId.slice(-3)}`, discriminator: '0', global_name: null, avatar: null, public_flags: 0 },
  } as unknown as APIInteractionGuildMember;
}

export interface InteractionOptions {
  permissions?: string;
  userId?: string;
  guild?: boolean;
  locale?: string;
  /** Another server (and a channel in it): a second workspace. */
  guildId?: string;
  channelId?: string;
}

function envelope(options: InteractionOptions) {
  const userId = options.userId ?? '600000000000000001';
  const inGuild = options.guild ?? true;
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    token: `aW50ZXJhY3Rpb246${randomBytes(24).toString('base64url')}`,
    version: 1,
    app_permissions: PERMISSIONS.member,
    locale: options.locale ?? 'en-US',
    entitlements: [],
    authorizing_integration_owners: inGuild ? { '0': options.guildId ?? GUILD_ID } : { '1': userId },
    attachment_size_limit: 10_485_760,
    channel_id: options.channelId ?? CHANNEL_ID,
    ...(inGuild
      ? {
          guild_id: options.guildId ?? GUILD_ID,
          guild_locale: 'en-US',
          guild: { id: options.guildId ?? GUILD_ID, locale: 'en-US', features: [] },
          context: 0,
          channel: {
            id: options.channelId ?? CHANNEL_ID,
            type: ChannelType.GuildText,
            guild_id: options.guildId ?? GUILD_ID,
            name: 'weltpolitik',
            position: 0,
            permission_overwrites: [],
            nsfw: false,
            parent_id: null,
            topic: null,
            last_message_id: null,
            rate_limit_per_user: 0,
            flags: 0,
          },
          member: member(options.permissions ?? PERMISSIONS.member, userId),
        }
      : {
          context: 1,
          channel: { id: CHANNEL_ID, type: ChannelType.DM, flags: 0, last_message_id: null, recipients: [] },
          user: { id: userId, username: 'someone', discriminator: '0', global_name: null, avatar: null, public_flags: 0 },
        }),
  };
}

/** A role as Discord resolves it in `data.resolved.roles`. */
export function role(id: string, name: string, mentionable: boolean) {
  return {
    role: {
      id,
      name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: 1,
      permissions: '0',
      managed: false,
      mentionable,
      flags: 0,
    },
  };
}

/** A channel as Discord resolves it in `data.resolved.channels`: `permissions` are the invoking member's there. */
export function channel(id: string, type: ChannelType, permissions: string, name = `channel-${id.slice(-3)}`) {
  return { channel: { id, type, name, permissions, parent_id: null, guild_id: GUILD_ID, flags: 0 } };
}

/** An attached file as Discord describes it in `data.resolved.attachments` (e.g. from the fake's addAttachment). */
export function attachment(file: { id: string; filename: string; size: number; url: string; content_type: string }) {
  return { attachment: { ...file, proxy_url: file.url } };
}

export type OptionInput = string | number | boolean | ReturnType<typeof role> | ReturnType<typeof channel> | ReturnType<typeof attachment>;

interface Resolved {
  roles?: Record<string, unknown>;
  channels?: Record<string, unknown>;
  attachments?: Record<string, unknown>;
}

function typedOptions(values: Record<string, OptionInput>, resolved: Resolved): APIApplicationCommandInteractionDataBasicOption[] {
  return Object.entries(values).map(([name, value]) => {
    if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value };
    if (typeof value === 'number') return { name, type: ApplicationCommandOptionType.Integer, value };
    if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
    if ('role' in value) {
      (resolved.roles ??= {})[value.role.id] = value.role;
      return { name, type: ApplicationCommandOptionType.Role, value: value.role.id };
    }
    if ('channel' in value) {
      (resolved.channels ??= {})[value.channel.id] = value.channel;
      return { name, type: ApplicationCommandOptionType.Channel, value: value.channel.id };
    }
    (resolved.attachments ??= {})[value.attachment.id] = value.attachment;
    return { name, type: ApplicationCommandOptionType.Attachment, value: value.attachment.id };
  }) as APIApplicationCommandInteractionDataBasicOption[];
}

/** `/news <sub> key:value…` or, with a group, `/news feeds <sub> …`. */
export function chatInput(path: string, values: Record<string, OptionInput> = {}, options: InteractionOptions = {}): APIChatInputApplicationCommandInteraction {
  const [first, second] = path.split(' ') as [string, string | undefined];
  const resolved: Resolved = {};
  const leaf: APIApplicationCommandInteractionDataOption = {
    name: second ?? first,
    type: ApplicationCommandOptionType.Subcommand,
    options: typedOptions(values, resolved),
  };
  const top: APIApplicationCommandInteractionDataOption = second ? { name: first, type: ApplicationCommandOptionType.SubcommandGroup, options: [leaf] } : leaf;
  return {
    ...envelope(options),
    type: InteractionType.ApplicationCommand,
    data: {
      id: '1000000000000000001',
      name: 'news',
      type: ApplicationCommandType.ChatInput,
      ...(options.guild === false ? {} : { guild_id: options.guildId ?? GUILD_ID }),
      options: [top],
      ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
    },
  } as unknown as APIChatInputApplicationCommandInteraction;
}

/** An autocomplete request while the user types `focusedValue` into option `focused`. */
export function autocomplete(
  subcommand: string,
  focused: string,
  focusedValue: string,
  options: InteractionOptions = {},
): APIApplicationCommandAutocompleteInteraction {
  const [first, second] = subcommand.split(' ') as [string, string | undefined];
  const leaf = {
    name: second ?? first,
    type: ApplicationCommandOptionType.Subcommand,
    options: [{ name: focused, type: ApplicationCommandOptionType.String, value: focusedValue, focused: true }],
  };
  const top = second ? { name: first, type: ApplicationCommandOptionType.SubcommandGroup, options: [leaf] } : leaf;
  return {
    ...envelope(options),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { id: '1000000000000000001', name: 'news', type: ApplicationCommandType.ChatInput, guild_id: GUILD_ID, options: [top] },
  } as unknown as APIApplicationCommandAutocompleteInteraction;
}
