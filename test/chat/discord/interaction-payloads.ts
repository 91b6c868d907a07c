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
    authorizing_integration_owners: inGuild ? { '0': GUILD_ID } : { '1': userId },
    attachment_size_limit: 10_485_760,
    channel_id: CHANNEL_ID,
    ...(inGuild
      ? {
          guild_id: GUILD_ID,
          guild_locale: 'en-US',
          guild: { id: GUILD_ID, locale: 'en-US', features: [] },
          context: 0,
          channel: {
            id: CHANNEL_ID,
            type: ChannelType.GuildText,
            guild_id: GUILD_ID,
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

const stringOptions = (values: Record<string, string>): APIApplicationCommandInteractionDataBasicOption[] =>
  Object.entries(values).map(([name, value]) => ({ name, type: ApplicationCommandOptionType.String, value }));

/** `/news <sub> key:value…` or, with a group, `/news feeds <sub> …`. */
export function chatInput(path: string, values: Record<string, string> = {}, options: InteractionOptions = {}): APIChatInputApplicationCommandInteraction {
  const [first, second] = path.split(' ') as [string, string | undefined];
  const leaf: APIApplicationCommandInteractionDataOption = {
    name: second ?? first,
    type: ApplicationCommandOptionType.Subcommand,
    options: stringOptions(values),
  };
  const top: APIApplicationCommandInteractionDataOption = second ? { name: first, type: ApplicationCommandOptionType.SubcommandGroup, options: [leaf] } : leaf;
  return {
    ...envelope(options),
    type: InteractionType.ApplicationCommand,
    data: {
      id: '1000000000000000001',
      name: 'news',
      type: ApplicationCommandType.ChatInput,
      ...(options.guild === false ? {} : { guild_id: GUILD_ID }),
      options: [top],
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
