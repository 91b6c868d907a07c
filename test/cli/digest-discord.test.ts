import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkMessageLimits } from '../fakes/discord-limits.js';
import { pingsIn, startFakeDiscordServer, type FakeDiscordServer } from '../fakes/discord-server.js';
import { seedHostileDigest } from '../fixtures/hostile-store.js';
import { runCli } from './run-cli.js';

const HOSTILE = [
  '@everyone Gipfel in Helsinki',
  'Rolle <@&123> und <@456> **fett**',
  '@here __unterstrichen__ ~~weg~~ `code`',
  '[Klick](https://evil.example) > zitiert',
  '<#789> ||spoiler|| # Überschrift',
];
const CHANNEL = '810000000000000001';

let dir: string;
let discord: FakeDiscordServer;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'discord-cli-'));
  discord = await startFakeDiscordServer();
});
afterEach(async () => {
  await discord.close();
  rmSync(dir, { recursive: true, force: true });
});

it('`news-digest digest --subscription ID` posts a 60-story Discord digest within every limit, pinging nobody', async () => {
  const db = join(dir, 'news.db');
  const config = join(dir, 'config.yaml');
  writeFileSync(config, 'digest:\n  maxStories: 60\n');
  const id = await seedHostileDigest(db, { platform: 'discord', workspaceId: '800000000000000001', channelId: CHANNEL, hostile: HOSTILE });
  const result = await runCli(['--db', db, '--config', config, 'digest', '--subscription', String(id)], {
    env: { DISCORD_TOKEN: 'test-token', DISCORD_API_BASE: discord.url, SLACK_BOT_TOKEN: '' },
    timeoutMs: 90_000,
  });
  expect(result.code, result.stderr).toBe(0);
  const messages = discord.messages(CHANNEL);
  expect(messages.length).toBeGreaterThan(1);
  expect(discord.schemaViolations).toEqual([]);
  const rendered = messages.map((m) => JSON.stringify(m.embeds)).join('\n');
  for (let i = 0; i < 60; i += 1) expect(rendered).toContain(`Meldung ${i}`);
  for (const message of messages) {
    expect(message.body.allowed_mentions).toEqual({ parse: [] });
    expect(checkMessageLimits(message.body)).toBeNull();
    expect(pingsIn(message.body)).toEqual([]);
    expect(typeof message.nonce).toBe('string');
  }
  // Sending again finds the period delivered: nothing is posted twice.
  const again = await runCli(['--db', db, '--config', config, 'digest', '--subscription', String(id)], {
    env: { DISCORD_TOKEN: 'test-token', DISCORD_API_BASE: discord.url, SLACK_BOT_TOKEN: '' },
  });
  expect(again.code).toBe(0);
  expect(discord.messages(CHANNEL)).toHaveLength(messages.length);
  expect(again.stderr).toMatch(/nothing new|already delivered/);
});
