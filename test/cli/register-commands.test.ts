import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeDiscordServer, type FakeDiscordServer } from '../fakes/discord-server.js';
import { runCli } from './run-cli.js';

let discord: FakeDiscordServer;
beforeAll(async () => {
  discord = await startFakeDiscordServer();
});
afterAll(() => discord.close());

const env = () => ({ DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_BASE: discord.url, DISCORD_DEV_GUILD_ID: '' });

it('`register-commands --guild` registers /news in that guild only, and without it globally', async () => {
  const guild = await runCli(['register-commands', '--guild', '800000000000000001'], { env: env() });
  expect(guild.code, guild.stderr).toBe(0);
  expect(guild.stdout).toMatch(/Registered \/news in guild 800000000000000001/);
  const registered = discord.commands('800000000000000001') as { name: string; default_member_permissions: string }[];
  expect(registered.map((c) => c.name)).toEqual(['news']);
  expect(discord.commands()).toEqual([]);

  const global = await runCli(['register-commands'], { env: env() });
  expect(global.code, global.stderr).toBe(0);
  expect((discord.commands() as { name: string }[]).map((c) => c.name)).toEqual(['news']);
});

it('`register-commands` without credentials says which variables to set', async () => {
  const result = await runCli(['register-commands'], { env: { DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' } });
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/needs DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
});
