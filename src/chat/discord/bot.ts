import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Logger } from '../../config/index.js';
import type { CommandDeps } from '../commands/index.js';
import { AdapterStartError } from '../start-error.js';
import { createInteractionListener } from './interactions.js';
import { discordAgent } from './rest.js';

export interface DiscordBotDeps {
  token: string;
  /** DISCORD_API_BASE; default Discord's own. */
  apiBase?: string | null;
  commands: CommandDeps;
  logger: Logger;
  /** Give up on the gateway login after this long (default 60 s): discord.js alone would keep reconnecting. */
  loginTimeoutMs?: number;
}

export interface DiscordBot {
  client: Client;
  stop(): Promise<void>;
}

export interface NewsCommandHandle {
  /** Resolves when every interaction received so far has been answered. */
  drain(): Promise<void>;
  detach(): void;
}

/** Answers /news interactions on a client, keeping track of answers still being written. */
export function attachNewsCommands(client: Client, deps: { commands: CommandDeps; logger: Logger }): NewsCommandHandle {
  const listener = createInteractionListener(deps);
  const inFlight = new Set<Promise<void>>();
  const onInteraction = (interaction: Interaction) => {
    const handled = listener(interaction).finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  };
  client.on(Events.InteractionCreate, onInteraction);
  return {
    async drain() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    detach() {
      client.off(Events.InteractionCreate, onInteraction);
    },
  };
}

/**
 * Connects to the gateway and answers /news interactions. Only the Guilds
 * intent: the bot reads no messages. Mentions are off client-wide as a second
 * line of defence behind the per-reply `allowedMentions`.
 */
export async function startDiscordBot(deps: DiscordBotDeps): Promise<DiscordBot> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // As many gateway connections as Discord recommends (GET /gateway/bot), all in this process:
    // one connection serves at most 2,500 guilds. Commands from any shard land in the same handler and store.
    shards: 'auto',
    allowedMentions: { parse: [] },
    rest: { agent: discordAgent(), ...(deps.apiBase ? { api: deps.apiBase.replace(/\/+$/, '') } : {}) },
  });
  const commands = attachNewsCommands(client, { commands: deps.commands, logger: deps.logger });
  client.once(Events.ClientReady, (ready) => {
    deps.logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size }, 'discord bot connected');
  });
  client.on(Events.Error, (error) => deps.logger.error({ err: error }, 'discord client error'));
  const timeoutMs = deps.loginTimeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AdapterStartError(
            'discord',
            'timeout',
            `Discord's gateway did not accept the login within ${Math.round(timeoutMs / 1000)} s: check that outgoing WebSocket connections (wss://gateway.discord.gg) are allowed.`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    await Promise.race([client.login(deps.token), timedOut]);
  } catch (error) {
    await client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return {
    client,
    async stop() {
      commands.detach();
      // Let answers already being written finish before the connection closes.
      await commands.drain();
      await client.destroy();
    },
  };
}
