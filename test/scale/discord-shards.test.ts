import { describe, expect, it } from 'vitest';
import { startDiscordBot } from '../../src/chat/discord/bot.js';
import type { CommandDeps } from '../../src/chat/index.js';
import { silentLogger } from '../../src/config/index.js';
import { defaultTaxonomy } from '../../src/core/index.js';
import { startFakeDiscordForInteractions } from '../fakes/discord-interactions.js';
import { chatInput, CHANNEL_ID, GUILD_ID, PERMISSIONS } from '../chat/discord/interaction-payloads.js';
import { NOW } from '../chat/commands/harness.js';
import { storeEngines } from '../store/engines.js';

describe.each(storeEngines())('the Discord gateway with two shards ($name store)', (engine) => {
  it('connects both shards in one process and answers a command arriving on shard 1, writing it to the shared store', { timeout: 60_000 }, async () => {
    const { store, reopen } = await engine.open();
    const fake = await startFakeDiscordForInteractions({ shards: 2, token: 'test-token' });
    const deps: CommandDeps = {
      store,
      taxonomy: defaultTaxonomy(),
      now: () => NOW,
      defaults: { schedule: '0 8 * * *', timezone: 'UTC', language: 'en' },
      checkFeedUrl: async () => undefined,
      previewDigest: () => Promise.reject(new Error('not used')),
      logger: silentLogger(),
    };
    const bot = await startDiscordBot({ token: 'test-token', apiBase: fake.url, commands: deps, logger: silentLogger(), loginTimeoutMs: 30_000 });
    try {
      await fake.gateway.allShardsReady();
      expect(fake.gateway.connectedShards()).toEqual([0, 1]);
      expect(bot.client.ws.shards.size).toBe(2);

      const payload = chatInput('subscribe', { topics: 'summits' }, { permissions: PERMISSIONS.channelModerator });
      const answered = new Promise<void>((resolve) => bot.client.once('interactionCreate', () => resolve()));
      fake.gateway.dispatch(1, 'INTERACTION_CREATE', payload);
      await answered;
      // The reply goes out over REST once the command has run: wait for the fake to have it.
      await bot.stop();
      expect(fake.interaction(payload.token).callbacks).toHaveLength(1);
      // Another process on the same store (a deliverer) sees the subscription.
      const other = await reopen();
      expect(await other.listSubscriptions()).toMatchObject([{ platform: 'discord', workspaceId: GUILD_ID, channelId: CHANNEL_ID, topics: ['summits'] }]);
    } finally {
      await bot.stop();
      await fake.close();
    }
  });
});
