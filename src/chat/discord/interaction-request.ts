import { ApplicationCommandOptionType, type CommandInteractionOption } from 'discord.js';
import { COMMAND_NAMES, FEED_ACTIONS, type CommandOptionName, type CommandOptions, type CommandRequest } from '../commands/index.js';

/**
 * Reads the neutral CommandRequest out of a /news interaction's option tree
 * (subcommand, or the `feeds` group's subcommand, with string options).
 * Returns null for anything the command definition does not produce.
 */

const OPTION_NAMES: ReadonlySet<string> = new Set<CommandOptionName>([
  'topics',
  'schedule',
  'timezone',
  'mode',
  'language',
  'query',
  'topic',
  'since',
  'speaker',
  'url',
  'name',
  'feed',
]);

function stringOptions(options: readonly CommandInteractionOption[] | undefined): CommandOptions {
  const result: CommandOptions = {};
  for (const option of options ?? []) {
    if (OPTION_NAMES.has(option.name) && typeof option.value === 'string') {
      result[option.name as CommandOptionName] = option.value;
    }
  }
  return result;
}

export function toCommandRequest(options: readonly CommandInteractionOption[]): CommandRequest | null {
  const [first] = options;
  if (!first) return null;
  if (first.type === ApplicationCommandOptionType.SubcommandGroup && first.name === 'feeds') {
    const [action] = first.options ?? [];
    if (!action || !(FEED_ACTIONS as readonly string[]).includes(action.name)) return null;
    return { name: 'feeds', action: action.name as (typeof FEED_ACTIONS)[number], options: stringOptions(action.options) };
  }
  if (first.type !== ApplicationCommandOptionType.Subcommand) return null;
  const name = first.name;
  if (name === 'feeds' || !(COMMAND_NAMES as readonly string[]).includes(name)) return null;
  return { name: name as Exclude<CommandRequest['name'], 'feeds'>, options: stringOptions(first.options) };
}

/** "search" or "feeds add": the key used for deferral decisions and logs. */
export function subcommandPath(request: CommandRequest): string {
  return request.name === 'feeds' ? `feeds ${request.action}` : request.name;
}
