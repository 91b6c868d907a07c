import { commandSpec, type CommandPath } from './command-specs.js';
import { CommandError } from './errors.js';
import { addFeed, enableFeed, importFeedsCommand, listFeeds, removeFeed } from './feed-commands.js';
import { quotes, search, topics } from './lookup-commands.js';
import { OPTIONS, type OptionName } from './options.js';
import { permissionRefusal } from './permissions.js';
import { optionReader, type OptionReader } from './read.js';
import { errorReply } from './reply.js';
import { commandPath } from './request-path.js';
import { subscribe, unsubscribe } from './subscription-commands.js';
import { digestPreview, preview, subscriptions } from './subscription-views.js';
import type { Caller, CommandDeps, CommandReply, CommandRequest } from './types.js';
import { why } from './why-command.js';

/**
 * Runs one /news command for any platform. Never throws: bad input and
 * refusals become an ephemeral one-sentence error; unexpected failures are
 * logged with their stack and answered with a sentence saying to retry.
 */
export async function handleCommand(request: CommandRequest, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  const refusal = permissionRefusal(request, caller);
  if (refusal !== null) {
    deps.logger.info({ command: commandLabel(request), userId: caller.userId, channelId: caller.channelId }, 'command refused: missing permission');
    return errorReply(refusal);
  }
  try {
    const read = checkedReader(request, deps);
    const reply = await dispatch(commandPath(request), read, caller, deps);
    // The scheduler re-reads subscriptions at once instead of at its next sweep.
    if ((request.name === 'subscribe' || request.name === 'unsubscribe') && !reply.error) deps.onSubscriptionsChanged?.();
    return reply;
  } catch (error) {
    if (error instanceof CommandError) return errorReply(error.message);
    deps.logger.error({ err: error, command: commandLabel(request), channelId: caller.channelId }, 'command failed');
    return errorReply(`/news ${commandLabel(request)} failed on our side; please try again in a minute.`);
  }
}

/** Options the command does not take, and required ones that are missing, are refused before any work (from the command's description). */
function checkedReader(request: CommandRequest, deps: CommandDeps): OptionReader {
  const spec = commandSpec(commandPath(request));
  const taken = new Set<string>(spec.options.map((use) => use.name));
  for (const [name, value] of Object.entries(request.options)) {
    if (value === undefined) continue;
    if (!taken.has(name)) throw new CommandError(`/news ${spec.path} does not take ${name}:; see ${spec.example}.`);
  }
  for (const use of spec.options) {
    if (use.required && request.options[use.name] === undefined) {
      throw new CommandError(
        `/news ${spec.path} needs ${OPTIONS[use.name as OptionName].name}: (${OPTIONS[use.name].help.toLowerCase()}), e.g. ${spec.example}.`,
      );
    }
  }
  return optionReader(request.options, deps);
}

function dispatch(path: CommandPath, read: OptionReader, caller: Caller, deps: CommandDeps): Promise<CommandReply> | CommandReply {
  switch (path) {
    case 'subscribe':
      return subscribe(read, caller, deps);
    case 'unsubscribe':
      return unsubscribe(read, caller, deps);
    case 'subscriptions':
      return subscriptions(caller, deps);
    case 'digest':
      return digestPreview(caller, deps);
    case 'preview':
      return preview(read, caller, deps);
    case 'search':
      return search(read, caller, deps);
    case 'quotes':
      return quotes(read, caller, deps);
    case 'why':
      return why(read, caller, deps);
    case 'topics':
      return topics(deps, caller.locale ?? 'en');
    case 'feeds list':
      return listFeeds(caller, deps);
    case 'feeds add':
      return addFeed(read, caller, deps);
    case 'feeds remove':
      return removeFeed(read, caller, deps);
    case 'feeds enable':
      return enableFeed(read, caller, deps);
    case 'feeds import':
      return importFeedsCommand(read, caller, deps);
  }
}

export function commandLabel(request: CommandRequest): string {
  return commandPath(request);
}
