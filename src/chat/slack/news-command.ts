import type { webApi } from '@slack/bolt';
import type { Logger } from '../../config/index.js';
import { handleCommand, type CommandDeps, type CommandRequest } from '../commands/index.js';
import { PermissionLookupError, resolveCaller, type SlashCommandContext } from './caller.js';
import { parseSlackCommandText } from './command-text.js';
import { formatSlackReply, slackUsageReply, type SlackReply } from './reply-blocks.js';

/**
 * The /news slash-command listener. Slack wants an ack within 3 seconds: a
 * command that finishes within `inlineBudgetMs` is answered in the ack itself;
 * a slower one is acked at once and answered through response_url.
 */

export interface NewsCommandArgs {
  command: SlashCommandContext & { text: string };
  ack: (response?: SlackReply) => Promise<void>;
  respond: (message: SlackReply) => Promise<unknown>;
  client: webApi.WebClient;
}

export interface NewsCommandOptions {
  commands: CommandDeps;
  logger: Logger;
  inlineBudgetMs: number;
}

async function run(request: CommandRequest, args: NewsCommandArgs, options: NewsCommandOptions): Promise<SlackReply[]> {
  try {
    const caller = await resolveCaller(args.client, args.command, request, options.logger);
    return formatSlackReply(await handleCommand(request, caller, options.commands));
  } catch (error) {
    if (error instanceof PermissionLookupError) return formatSlackReply({ ephemeral: true, error: true, lines: [{ text: error.message }] });
    options.logger.error({ err: error }, 'slack /news failed');
    return formatSlackReply({ ephemeral: true, error: true, lines: [{ text: '/news failed on our side; please try again in a minute.' }] });
  }
}

function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function newsCommandListener(options: NewsCommandOptions): (args: NewsCommandArgs) => Promise<void> {
  return async (args) => {
    const parsed = parseSlackCommandText(args.command.text);
    if (!parsed.ok) {
      await args.ack(slackUsageReply(parsed.message));
      return;
    }
    const work = run(parsed.request, args, options);
    const inline = await within(work, options.inlineBudgetMs);
    if (inline !== null) {
      const [first, ...rest] = inline;
      await args.ack(first);
      for (const reply of rest) await args.respond(reply);
      return;
    }
    await args.ack();
    for (const reply of await work) await args.respond(reply);
  };
}
