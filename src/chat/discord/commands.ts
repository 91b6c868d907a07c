import {
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMANDS, OPTIONS, optionsOn, surfacesOf, type CommandSpec } from '../commands/index.js';

/**
 * The /news application command as Discord registers it, generated from the
 * command and option descriptions (commands/command-specs.ts, options.ts):
 * names, help texts, required flags, limits, choices and autocomplete all come
 * from there. Discord cannot set permissions per subcommand, so the whole
 * command defaults to Manage Channels (server admins can open it wider under
 * Integrations); the handlers check Manage Channels / Manage Server again on
 * every call.
 */

export const NEWS_COMMAND_NAME = 'news';

const discordCommands = (): CommandSpec[] => COMMANDS.filter((spec) => surfacesOf(spec).includes('discord'));

/** Subcommands whose work may outlast Discord's 3-second deadline: they are deferred. */
export const DEFERRED_SUBCOMMANDS: ReadonlySet<string> = new Set(
  discordCommands()
    .filter((spec) => spec.slow)
    .map((spec) => spec.path),
);

/** Discord's limit for descriptions. */
const describe = (text: string): string => (text.length <= 100 ? text : `${text.slice(0, 99)}…`);

function addOptions(sub: SlashCommandSubcommandBuilder, spec: CommandSpec): SlashCommandSubcommandBuilder {
  // Discord wants required options before optional ones.
  const uses = optionsOn(spec, 'discord').sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  for (const use of uses) {
    const option = OPTIONS[use.name];
    const required = use.required ?? false;
    switch (option.kind) {
      case 'text':
        sub.addStringOption((o) => {
          o.setName(option.name).setDescription(describe(option.help)).setRequired(required).setMaxLength(option.maxLength);
          if (option.choices) o.addChoices(...option.choices);
          else if (option.complete) o.setAutocomplete(true);
          return o;
        });
        break;
      case 'integer':
        sub.addIntegerOption((o) =>
          o.setName(option.name).setDescription(describe(option.help)).setRequired(required).setMinValue(option.min).setMaxValue(option.max),
        );
        break;
      case 'boolean':
        sub.addBooleanOption((o) => o.setName(option.name).setDescription(describe(option.help)).setRequired(required));
        break;
      case 'role':
        sub.addRoleOption((o) => o.setName(option.name).setDescription(describe(option.help)).setRequired(required));
        break;
      case 'channel':
        sub.addChannelOption((o) =>
          o
            .setName(option.name)
            .setDescription(describe(option.help))
            .setRequired(required)
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum),
        );
        break;
      case 'attachment':
        sub.addAttachmentOption((o) => o.setName(option.name).setDescription(describe(option.help)).setRequired(required));
        break;
    }
  }
  return sub;
}

export function buildNewsCommand(): SlashCommandBuilder {
  const command = new SlashCommandBuilder()
    .setName(NEWS_COMMAND_NAME)
    .setDescription('Topic digests with key quotes: subscribe this channel, search stories and quotes')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .setContexts(InteractionContextType.Guild);
  const feeds = discordCommands().filter((spec) => spec.path.startsWith('feeds '));
  for (const spec of discordCommands()) {
    if (spec.path.startsWith('feeds ')) continue;
    command.addSubcommand((sub) => addOptions(sub.setName(spec.path).setDescription(describe(spec.help)), spec));
  }
  command.addSubcommandGroup((group) => {
    group.setName('feeds').setDescription('Feeds of this server (Manage Server permission to change them)');
    for (const spec of feeds) group.addSubcommand((sub) => addOptions(sub.setName(spec.path.slice('feeds '.length)).setDescription(describe(spec.help)), spec));
    return group;
  });
  return command;
}

/** The JSON body for PUT /applications/{id}/commands (or the guild's). */
export function newsCommandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [buildNewsCommand().toJSON()];
}
