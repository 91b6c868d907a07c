import {
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandStringOption,
} from 'discord.js';

/**
 * The /news application command as Discord registers it. Discord cannot set
 * permissions per subcommand, so the whole command defaults to Manage
 * Channels (server admins can open it wider under Integrations); the handlers
 * check Manage Channels / Manage Server again on every call.
 */

export const NEWS_COMMAND_NAME = 'news';

/** Subcommands whose work may outlast Discord's 3-second deadline: they are deferred. */
export const DEFERRED_SUBCOMMANDS: ReadonlySet<string> = new Set(['search', 'quotes', 'digest', 'feeds add']);

const topicsOption = (option: SlashCommandStringOption, required: boolean, description: string) =>
  option.setName('topics').setDescription(description).setRequired(required).setAutocomplete(true).setMaxLength(400);
const topicOption = (option: SlashCommandStringOption) => option.setName('topic').setDescription('Only this topic').setAutocomplete(true).setMaxLength(60);
const sinceOption = (option: SlashCommandStringOption) =>
  option.setName('since').setDescription('today, yesterday, 24h, 7d, this week or a date like 2026-03-20').setMaxLength(40);

export function buildNewsCommand(): SlashCommandBuilder {
  const command = new SlashCommandBuilder()
    .setName(NEWS_COMMAND_NAME)
    .setDescription('Topic digests with key quotes: subscribe this channel, search stories and quotes')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
    .setContexts(InteractionContextType.Guild);

  command.addSubcommand((sub) =>
    sub
      .setName('subscribe')
      .setDescription('Subscribe this channel to topics (or change its subscription)')
      .addStringOption((o) => topicsOption(o, true, 'Comma-separated topics, e.g. summits,arms-control'))
      .addStringOption((o) => o.setName('schedule').setDescription('daily 08:00, hourly, weekly mon 08:00 or a cron expression').setMaxLength(100))
      .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Berlin').setAutocomplete(true).setMaxLength(64))
      .addStringOption((o) =>
        o
          .setName('mode')
          .setDescription('Scheduled digests or one post per new story')
          .addChoices({ name: 'digest', value: 'digest' }, { name: 'instant', value: 'instant' }),
      )
      .addStringOption((o) =>
        o
          .setName('language')
          .setDescription('Language of the digest headings')
          .addChoices({ name: 'Deutsch', value: 'de' }, { name: 'English', value: 'en' }, { name: 'Français', value: 'fr' }, { name: 'Español', value: 'es' }),
      ),
  );
  command.addSubcommand((sub) =>
    sub
      .setName('unsubscribe')
      .setDescription("Stop this channel's digests, or drop some topics")
      .addStringOption((o) => topicsOption(o, false, 'Only drop these topics (default: remove the subscription)')),
  );
  command.addSubcommand((sub) => sub.setName('subscriptions').setDescription("This channel's and this server's subscriptions"));
  command.addSubcommand((sub) => sub.setName('digest').setDescription("Preview this channel's next digest (only you see it)"));
  command.addSubcommand((sub) =>
    sub
      .setName('search')
      .setDescription('Look up stored articles')
      .addStringOption((o) => o.setName('query').setDescription('Words to look for').setRequired(true).setMaxLength(200))
      .addStringOption(topicOption)
      .addStringOption(sinceOption),
  );
  command.addSubcommand((sub) =>
    sub
      .setName('quotes')
      .setDescription('Look up key quotes, e.g. what the Kremlin said on arms control this week')
      .addStringOption((o) => o.setName('speaker').setDescription('Who said it, e.g. Kremlin or Peskov').setMaxLength(100))
      .addStringOption(topicOption)
      .addStringOption(sinceOption),
  );
  command.addSubcommand((sub) => sub.setName('topics').setDescription('The topics you can subscribe to'));
  command.addSubcommandGroup((group) =>
    group
      .setName('feeds')
      .setDescription('Manage feeds (Manage Server permission for add and remove)')
      .addSubcommand((sub) =>
        sub
          .setName('add')
          .setDescription('Add an RSS or Atom feed')
          .addStringOption((o) => o.setName('url').setDescription('The feed address (https://…)').setRequired(true).setMaxLength(2000))
          .addStringOption((o) => o.setName('name').setDescription('Display name of the outlet').setMaxLength(100)),
      )
      .addSubcommand((sub) =>
        sub
          .setName('remove')
          .setDescription('Remove a feed added in chat')
          .addStringOption((o) => o.setName('feed').setDescription('Feed number or URL').setRequired(true).setAutocomplete(true).setMaxLength(2000)),
      )
      .addSubcommand((sub) => sub.setName('list').setDescription('All feeds with their status')),
  );
  return command;
}

/** The JSON body for PUT /applications/{id}/commands (or the guild's). */
export function newsCommandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [buildNewsCommand().toJSON()];
}
