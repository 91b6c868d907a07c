import { Client } from 'discord.js';
import { attachNewsCommands } from '../../../src/chat/index.js';
import { silentLogger } from '../../../src/config/index.js';
import type { FakeDiscordServer } from '../../fakes/discord-server.js';
import { startFakeDiscordForInteractions } from '../../fakes/discord-interactions.js';
import { createHarness, type Harness } from '../commands/harness.js';

/**
 * A real discord.js Client whose REST goes to the fake Discord server, wired
 * with the bot's own attachNewsCommands; payloads enter through the client's
 * INTERACTION_CREATE action, exactly as gateway events do.
 */
export interface DiscordHarness extends Harness {
  fake: FakeDiscordServer;
  client: Client;
  /** Feeds a raw payload to the client and resolves once the bot has answered it. */
  dispatch(payload: unknown): Promise<void>;
  shutdown(): Promise<void>;
}

interface ClientActions {
  actions: { InteractionCreate: { handle(data: unknown): void } };
}

export async function createDiscordHarness(): Promise<DiscordHarness> {
  const base = createHarness();
  const fake = await startFakeDiscordForInteractions();
  const client = new Client({ intents: [], allowedMentions: { parse: [] }, rest: { api: fake.url, retries: 0 } });
  client.rest.setToken('test-bot-token');
  const commands = attachNewsCommands(client, { commands: base.deps, logger: silentLogger() });
  return {
    ...base,
    fake,
    client,
    async dispatch(payload) {
      (client as unknown as ClientActions).actions.InteractionCreate.handle(payload);
      await commands.drain();
    },
    async shutdown() {
      commands.detach();
      await client.destroy();
      await fake.close();
      base.close();
    },
  };
}

/** Every mention Discord would resolve in text: @everyone/@here and <@id>, <@!id>, <@&id>. */
export function livePings(text: string): string[] {
  return text.match(/@everyone|@here|<@[!&]?\d+>/g) ?? [];
}
