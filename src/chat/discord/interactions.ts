import { ChannelType, MessageFlags, PermissionFlagsBits, type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { Logger } from '../../config/index.js';
import {
  completeFeeds,
  completeTopics,
  handleCommand,
  MAX_CHOICES,
  OPTIONS,
  type Caller,
  type CommandDeps,
  type CommandReply,
  type CommandRequest,
  type CompletionChoice,
  type OptionName,
} from '../commands/index.js';
import { DEFERRED_SUBCOMMANDS, NEWS_COMMAND_NAME } from './commands.js';
import { channelKindOf, subcommandPath, toCommandRequest } from './interaction-request.js';
import { formatReply, type DiscordReplyMessage } from './reply-format.js';

export interface DiscordInteractionDeps {
  commands: CommandDeps;
  logger: Logger;
}

/** Nothing the bot says in reply may ping anyone. */
const NO_MENTIONS = { parse: [] as never[] };

/**
 * The interactionCreate listener: /news commands and their autocomplete.
 * Resolves when the interaction has been answered (or failed and was logged).
 */
export function createInteractionListener(deps: DiscordInteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (interaction.isAutocomplete() && interaction.commandName === NEWS_COMMAND_NAME) {
        await answerAutocomplete(interaction, deps);
      } else if (interaction.isChatInputCommand() && interaction.commandName === NEWS_COMMAND_NAME) {
        await answerCommand(interaction, deps);
      }
    } catch (error) {
      // An answer that cannot be delivered (expired token, network) has nobody left to tell but the operator.
      deps.logger.error({ err: error, interactionId: interaction.id }, 'discord interaction failed');
    }
  };
}

/** Permission facts from Discord's own resolution of the member's permissions, never from options. */
export function callerFrom(interaction: ChatInputCommandInteraction | AutocompleteInteraction): Caller {
  const permissions = interaction.memberPermissions;
  const channelType = interaction.channel?.type;
  return {
    platform: 'discord',
    workspaceId: interaction.guildId,
    channelId: interaction.channelId ?? '',
    userId: interaction.user.id,
    canManageChannel: permissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
    canManageFeeds: permissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    canMentionEveryone: permissions?.has(PermissionFlagsBits.MentionEveryone) ?? false,
    channelKind:
      channelType === undefined
        ? null
        : channelType === ChannelType.PublicThread || channelType === ChannelType.PrivateThread
          ? 'thread'
          : channelKindOf(channelType),
    locale: interaction.locale ? interaction.locale.slice(0, 2) : null,
  };
}

/** Deferred when its description says it can be slow, or when a subscription may add a feed (address checks). */
function isDeferred(request: CommandRequest): boolean {
  return DEFERRED_SUBCOMMANDS.has(subcommandPath(request)) || (request.name === 'subscribe' && request.options.feeds !== undefined);
}

async function answerCommand(interaction: ChatInputCommandInteraction, deps: DiscordInteractionDeps): Promise<void> {
  const request = toCommandRequest(interaction.options.data);
  if (!interaction.inGuild() || request === null) {
    const reason =
      request === null
        ? 'That /news subcommand is unknown; re-register the commands with news-digest register-commands.'
        : 'Use /news in a server channel, not in a direct message.';
    await interaction.reply({ content: reason, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const deferred = isDeferred(request);
  if (deferred) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = await handleCommand(request, callerFrom(interaction), deps.commands);
  await send(interaction, reply, deferred);
}

async function send(interaction: ChatInputCommandInteraction, reply: CommandReply, deferred: boolean): Promise<void> {
  const [first, ...rest] = formatReply(reply);
  const flags = reply.ephemeral || deferred ? MessageFlags.Ephemeral : undefined;
  const body = (message: DiscordReplyMessage | undefined) => ({
    ...(message?.content === undefined ? {} : { content: message.content }),
    embeds: message?.embeds ?? [],
    allowedMentions: NO_MENTIONS,
  });
  if (deferred) await interaction.editReply(body(first));
  else await interaction.reply({ ...body(first), ...(flags === undefined ? {} : { flags }) });
  for (const message of rest) {
    await interaction.followUp({ ...body(message), ...(flags === undefined ? {} : { flags }) });
  }
}

/** Which suggestions an option gets comes from its description (`complete`). */
async function answerAutocomplete(interaction: AutocompleteInteraction, deps: DiscordInteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  const option = (OPTIONS as Record<string, (typeof OPTIONS)[OptionName]>)[focused.name];
  const complete = option && option.kind === 'text' ? option.complete : undefined;
  let choices: CompletionChoice[];
  if (complete === 'topics') choices = completeTopics(typed, deps.commands.taxonomy, { list: true });
  else if (complete === 'topic') choices = completeTopics(typed, deps.commands.taxonomy, { list: false });
  else if (complete === 'feed' || complete === 'feeds')
    choices = await completeFeeds(typed, deps.commands.store, callerFrom(interaction), { list: complete === 'feeds' });
  else if (complete === 'timezone') choices = completeTimeZones(typed);
  else choices = [];
  await interaction.respond(choices.slice(0, MAX_CHOICES));
}

let zones: string[] | null = null;

function completeTimeZones(typed: string): CompletionChoice[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  const wanted = typed.trim().toLowerCase().replace(/ /g, '_');
  return zones
    .filter((zone) => zone.toLowerCase().includes(wanted))
    .slice(0, MAX_CHOICES)
    .map((zone) => ({ name: zone, value: zone }));
}
