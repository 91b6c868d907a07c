import { Client, Events, type Interaction } from 'discord.js';
import { createInteractionListener } from '../../../src/chat/index.js';
import { silentLogger } from '../../../src/config/index.js';
import type { FakeDiscordServer } from '../../fakes/discord-server.js';
import { startFakeDiscordForInteractions } from '../../fakes/discord-interactions.js';
import { createHarness, type Harness } from '../commands/harness.js';

/**
 * A real discord.js Client whose REST goes to the fake Discord server; payloads
 * enter through the client's own INTERACTION_CREATE action, as gateway events do.
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
  const client = new Client({ intents: [], rest: { api: fake.url, retries: 0 } });
  client.rest.setToken('test-bot-token');
  const listener = createInteractionListener({ commands: base.deps, logger: silentLogger() });
  let pending: Promise<void>[] = [];
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    pending.push(listener(interaction));
  });
  return {
    ...base,
    fake,
    client,
    async dispatch(payload) {
      (client as unknown as ClientActions).actions.InteractionCreate.handle(payload);
      const answered = pending;
      pending = [];
      await Promise.all(answered);
    },
    async shutdown() {
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
