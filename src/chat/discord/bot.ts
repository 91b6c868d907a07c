import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Logger } from '../../config/index.js';
import type { CommandDeps } from '../commands/index.js';
import { createInteractionListener } from './interactions.js';

export interface DiscordBotDeps {
  token: string;
  /** DISCORD_API_BASE; default Discord's own. */
  apiBase?: string | null;
  commands: CommandDeps;
  logger: Logger;
}

export interface DiscordBot {
  client: Client;
  stop(): Promise<void>;
}

/**
 * Connects to the gateway and answers /news interactions. Only the Guilds
 * intent: the bot reads no messages. Mentions are off client-wide as a second
 * line of defence behind the per-reply `allowedMentions`.
 */
export async function startDiscordBot(deps: DiscordBotDeps): Promise<DiscordBot> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(deps.apiBase ? { rest: { api: deps.apiBase } } : {}),
  });
  const listener = createInteractionListener({ commands: deps.commands, logger: deps.logger });
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const handled = listener(interaction).finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });
  client.once(Events.ClientReady, (ready) => {
    deps.logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'discord bot connected');
  });
  client.on(Events.Error, (error) => deps.logger.error({ err: error }, 'discord client error'));
  await client.login(deps.token);
  return {
    client,
    async stop() {
      // Let answers already being written finish before the connection closes.
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}
