import type { ChatAdapter } from '../adapter.js';

/** Discord: a bot token posts digests (REST) and answers /news over the gateway. */
export const discordAdapter: ChatAdapter = {
  platform: 'discord',
  label: 'Discord',
  tokenVariable: 'DISCORD_TOKEN',
  plan(env) {
    if (!env.DISCORD_TOKEN) return { enabled: false, summary: 'off (no DISCORD_TOKEN)', problems: [] };
    const problems = env.DISCORD_APPLICATION_ID
      ? []
      : ['DISCORD_TOKEN is set without DISCORD_APPLICATION_ID: digests will post, but `register-commands` needs the application id.'];
    return { enabled: true, summary: 'on', problems };
  },
  async sender(env, logger) {
    if (!env.DISCORD_TOKEN) return null;
    const { createDiscordSender } = await import('./sender.js');
    const sender = createDiscordSender({ token: env.DISCORD_TOKEN, apiBase: env.DISCORD_API_BASE ?? null, logger });
    return { sender, close: () => sender.close() };
  },
  async start({ env, commands, logger }) {
    const { verifyDiscordToken } = await import('./verify.js');
    const { startDiscordBot } = await import('./bot.js');
    const apiBase = env.DISCORD_API_BASE ?? null;
    const user = await verifyDiscordToken({ token: env.DISCORD_TOKEN!, apiBase });
    const bot = await startDiscordBot({ token: env.DISCORD_TOKEN!, apiBase, commands, logger });
    return {
      details: { user: user.username },
      health: () => (bot.client.isReady() ? { ok: true, detail: 'connected' } : { ok: false, detail: 'gateway disconnected (discord.js is reconnecting)' }),
      stop: () => bot.stop(),
    };
  },
};
