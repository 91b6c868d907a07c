import { CommandError } from './errors.js';
import { addFeed, listFeeds, removeFeed } from './feed-commands.js';
import { quotes, search, topics } from './lookup-commands.js';
import { permissionRefusal } from './permissions.js';
import { errorReply } from './reply.js';
import { digestPreview, subscribe, subscriptions, unsubscribe } from './subscription-commands.js';
import type { Caller, CommandDeps, CommandReply, CommandRequest } from './types.js';

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
    const reply = await dispatch(request, caller, deps);
    // The scheduler re-reads subscriptions at once instead of at its next sweep.
    if ((request.name === 'subscribe' || request.name === 'unsubscribe') && !reply.error) deps.onSubscriptionsChanged?.();
    return reply;
  } catch (error) {
    if (error instanceof CommandError) return errorReply(error.message);
    deps.logger.error({ err: error, command: commandLabel(request), channelId: caller.channelId }, 'command failed');
    return errorReply(`/news ${commandLabel(request)} failed on our side; please try again in a minute.`);
  }
}

async function dispatch(request: CommandRequest, caller: Caller, deps: CommandDeps): Promise<CommandReply> {
  switch (request.name) {
    case 'subscribe':
      return subscribe(request.options, caller, deps);
    case 'unsubscribe':
      return unsubscribe(request.options, caller, deps);
    case 'subscriptions':
      return subscriptions(caller, deps);
    case 'digest':
      return digestPreview(caller, deps);
    case 'search':
      return search(request.options, caller, deps);
    case 'quotes':
      return quotes(request.options, caller, deps);
    case 'topics':
      return topics(deps, caller.locale ?? 'en');
    case 'feeds':
      if (request.action === 'add') return addFeed(request.options, caller, deps);
      if (request.action === 'remove') return removeFeed(request.options, caller, deps);
      return listFeeds(deps);
  }
}

export function commandLabel(request: CommandRequest): string {
  return request.name === 'feeds' ? `feeds ${request.action}` : request.name;
}
